// An owner sets a new password for a staff member who forgot theirs.
import { Alert, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { staffPasswordInput, type StaffMember } from '../../../shared/schemas/staff';
import { call } from '../../api/client';
import { contractResolver } from '../../forms/contractResolver';
import { FormTextField } from '../../forms/FormTextField';
import { showServerError } from '../../forms/serverErrors';
import { DialogActions } from '../../components/DialogActions';

/** `onSaved`: the member's row changed (its version too), so the list must be read again. */
export function PasswordDialog({
  member,
  onClose,
  onSaved,
}: {
  member: StaffMember;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const toInput = (values: { password: string }) => ({ id: member.id, password: values.password });
  const form = useForm<{ password: string }>({
    defaultValues: { password: '' },
    resolver: contractResolver(staffPasswordInput, toInput),
  });

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const reply = await call('staff.setPassword', toInput(values));
    if (!reply.ok) return setFailure(showServerError(form, reply.error)?.message ?? null);
    notifications.show({ color: 'green', message: t('admin.form.passwordSet') });
    onSaved();
  });

  return (
    <Modal opened onClose={onClose} title={t('admin.staff.passwordOf', { name: member.fullName })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {failure && <Alert color="red">{failure}</Alert>}
          <FormTextField
            form={form}
            name="password"
            label={t('admin.form.newPassword')}
            help={t('admin.form.passwordHelp')}
            required
            password
            autoComplete="new-password"
            data-autofocus
          />
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
