// The office's staff: who they are, their role, active or not; add, edit, reset a password,
// deactivate (after a confirmation) or reactivate.
import { ActionIcon, Badge, Button, Card, Group, Modal, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconKey, IconPencil, IconShieldOff, IconUserCheck, IconUserOff, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../../shared/schemas/staff';
import { call } from '../../api/client';
import { invalidateStaff, useStaffList } from '../../api/useStaffList';
import { useIdentity } from '../../auth/AuthContext';
import { Ltr } from '../../components/Ltr';
import { statusColors } from '../dashboard/statusColors';
import { PasswordDialog } from './PasswordDialog';
import { StaffDialog } from './StaffDialog';
import { AdminTable } from './AdminTable';

type Dialog = { kind: 'create' } | { kind: 'edit' | 'password' | 'deactivate'; member: StaffMember } | null;

export function StaffSection() {
  const { t } = useTranslation();
  const me = useIdentity().staff;
  const members = useStaffList();
  const [dialog, setDialog] = useState<Dialog>(null);

  const close = () => setDialog(null);
  const saved = () => {
    close();
    void invalidateStaff();
  };

  const setActive = async (member: StaffMember, active: boolean) => {
    const { id, version, fullName, licenseNumber, role } = member;
    const reply = await call('staff.update', { id, version, fullName, licenseNumber, role, active });
    if (!reply.ok) notifications.show({ color: 'red', message: reply.error.message });
    else notifications.show({ color: 'green', message: t(active ? 'admin.form.activated' : 'admin.form.deactivated') });
    saved();
  };

  const resetSecondFactor = async (member: StaffMember) => {
    const reply = await call('auth.resetSecondFactor', { id: member.id });
    notifications.show(
      reply.ok
        ? { color: 'green', message: t('auth.admin.secondFactorReset', { name: member.fullName }) }
        : { color: 'red', message: reply.error.message },
    );
    void invalidateStaff();
  };

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={t('admin.staff.title')}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap="sm">
            <Title order={3} size="h4">
              {t('admin.staff.title')}
            </Title>
            <Text c="gray.7" size="sm">
              {t('admin.staff.count', { count: members.length })}
            </Text>
          </Group>
          <Button leftSection={<IconUserPlus size={18} />} onClick={() => setDialog({ kind: 'create' })}>
            {t('admin.staff.add')}
          </Button>
        </Group>
        <AdminTable
          testId="staff-table"
          columns={(['name', 'username', 'role', 'licenseNumber', 'status', 'actions'] as const).map((key) => ({
            label: t(`admin.staff.${key}`),
          }))}
        >
          {members.map((member) => {
            const self = member.id === me.id;
            return (
              <Table.Tr key={member.id}>
                <Table.Td>
                  {member.fullName}{' '}
                  {self && (
                    <Text span c="gray.7" size="xs">
                      {t('admin.staff.you')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Ltr>{member.username}</Ltr>
                </Table.Td>
                <Table.Td>{t(`admin.roles.${member.role}`)}</Table.Td>
                <Table.Td>{member.licenseNumber && <Ltr>{member.licenseNumber}</Ltr>}</Table.Td>
                <Table.Td>
                  <Badge color={member.active ? statusColors.green : statusColors.neutral} variant="outline">
                    {t(member.active ? 'admin.staff.active' : 'admin.staff.inactive')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Tooltip label={t('admin.staff.edit')}>
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('admin.staff.editOf', { name: member.fullName })}
                        onClick={() => setDialog({ kind: 'edit', member })}
                      >
                        <IconPencil size={18} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={t('admin.staff.password')}>
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('admin.staff.passwordOf', { name: member.fullName })}
                        onClick={() => setDialog({ kind: 'password', member })}
                      >
                        <IconKey size={18} />
                      </ActionIcon>
                    </Tooltip>
                    {!self && member.secondFactor && (
                      <Tooltip label={t('auth.admin.resetSecondFactor')}>
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('auth.admin.resetSecondFactorOf', { name: member.fullName })}
                          onClick={() => void resetSecondFactor(member)}
                        >
                          <IconShieldOff size={18} />
                        </ActionIcon>
                      </Tooltip>
                    )}
                    {!self &&
                      (member.active ? (
                        <Tooltip label={t('admin.staff.deactivate')}>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={t('admin.staff.deactivateOf', { name: member.fullName })}
                            onClick={() => setDialog({ kind: 'deactivate', member })}
                          >
                            <IconUserOff size={18} />
                          </ActionIcon>
                        </Tooltip>
                      ) : (
                        <Tooltip label={t('admin.staff.activate')}>
                          <ActionIcon
                            variant="subtle"
                            color="green"
                            aria-label={t('admin.staff.activateOf', { name: member.fullName })}
                            onClick={() => void setActive(member, true)}
                          >
                            <IconUserCheck size={18} />
                          </ActionIcon>
                        </Tooltip>
                      ))}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </AdminTable>
      </Stack>
      {dialog?.kind === 'create' && <StaffDialog member={null} onClose={close} onSaved={saved} />}
      {dialog?.kind === 'edit' && <StaffDialog member={dialog.member} onClose={close} onSaved={saved} />}
      {dialog?.kind === 'password' && <PasswordDialog member={dialog.member} onClose={close} onSaved={saved} />}
      {dialog?.kind === 'deactivate' && (
        <Modal opened onClose={close} title={t('admin.staff.deactivateOf', { name: dialog.member.fullName })}>
          <Stack>
            <Text size="sm">{t('admin.form.deactivateText', { name: dialog.member.fullName })}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button color="red" onClick={() => void setActive(dialog.member, false)}>
                {t('admin.form.deactivateConfirm')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Card>
  );
}
