// Add a staff member, or edit one (name, licence, role, active), validated with the contract's schemas.
import { Alert, Checkbox, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { roles, staffCreateInput, staffUpdateInput, type StaffMember } from '../../../shared/schemas/staff';
import { call } from '../../api/client';
import { contractResolver } from '../../forms/contractResolver';
import { FormSelect } from '../../forms/FormSelect';
import { FormTextField } from '../../forms/FormTextField';
import { showServerError } from '../../forms/serverErrors';
import { DialogActions } from '../../components/DialogActions';

interface StaffValues {
  fullName: string;
  licenseNumber: string;
  username: string;
  password: string;
  role: string;
  active: boolean;
}

interface Props {
  /** null: a new staff member. */
  member: StaffMember | null;
  onClose: () => void;
  onSaved: () => void;
}

const toCreate = ({ active: _active, ...values }: StaffValues) => values;

export function StaffDialog({ member, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const editing = member !== null;
  const toUpdate = ({ username: _u, password: _p, ...values }: StaffValues) => ({
    ...values,
    id: member?.id,
    version: member?.version,
  });
  const form = useForm<StaffValues>({
    defaultValues: member
      ? {
          fullName: member.fullName,
          licenseNumber: member.licenseNumber ?? '',
          username: member.username,
          password: '',
          role: member.role,
          active: member.active,
        }
      : { fullName: '', licenseNumber: '', username: '', password: '', role: 'staff', active: true },
    resolver: editing
      ? contractResolver<StaffValues>(staffUpdateInput, toUpdate)
      : contractResolver<StaffValues>(staffCreateInput, toCreate),
  });

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const reply = editing
      ? await call('staff.update', toUpdate(values) as never)
      : await call('staff.create', toCreate(values) as never);
    if (!reply.ok) return setFailure(showServerError(form, reply.error)?.message ?? null);
    notifications.show({ color: 'green', message: t(editing ? 'admin.form.updated' : 'admin.form.created') });
    onSaved();
  });

  return (
    <Modal opened onClose={onClose} title={t(editing ? 'admin.form.editTitle' : 'admin.form.createTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {failure && <Alert color="red">{failure}</Alert>}
          <FormTextField form={form} name="fullName" label={t('admin.form.fullName')} required data-autofocus />
          <FormTextField
            form={form}
            name="licenseNumber"
            label={t('admin.form.licenseNumber')}
            help={t('admin.form.licenseHelp')}
            ltr
          />
          {!editing && (
            <>
              <FormTextField
                form={form}
                name="username"
                label={t('admin.form.username')}
                help={t('admin.form.usernameHelp')}
                required
                ltr
                autoComplete="off"
              />
              <FormTextField
                form={form}
                name="password"
                label={t('admin.form.password')}
                help={t('admin.form.passwordHelp')}
                required
                password
                autoComplete="new-password"
              />
            </>
          )}
          <FormSelect
            form={form}
            name="role"
            label={t('admin.form.role')}
            required
            data={roles.map((r) => ({ value: r, label: t(`admin.roles.${r}`) }))}
          />
          {editing && (
            <Controller
              control={form.control}
              name="active"
              render={({ field }) => (
                <Checkbox
                  label={t('admin.form.activeLabel')}
                  checked={field.value}
                  onChange={(e) => field.onChange(e.currentTarget.checked)}
                />
              )}
            />
          )}
          <DialogActions
            submitLabel={t('admin.form.save')}
            submitting={form.formState.isSubmitting}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
