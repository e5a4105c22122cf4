// Office admin (owners only): the office's details and its staff members.
import { Alert, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useIdentity } from '../../auth/AuthContext';
import { OfficeForm } from './OfficeForm';
import { SignInSection } from './SignInSection';
import { StaffSection } from './StaffSection';

export function AdminPage() {
  const { t } = useTranslation();
  const { staff } = useIdentity();
  return (
    <Stack gap="lg" maw={1100}>
      <Title order={2}>{t('admin.title')}</Title>
      {staff.role === 'owner' ? (
        <>
          <OfficeForm />
          <StaffSection />
          <SignInSection />
        </>
      ) : (
        <Alert color="gray">{t('admin.ownerOnly')}</Alert>
      )}
    </Stack>
  );
}
