// Office admin (owners only): the office's details, its staff members and, on the office server, its desks.
import { Alert, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiQuery } from '../../api/apiQuery';
import { useIdentity } from '../../auth/AuthContext';
import { DevicesSection } from './DevicesSection';
import { OfficeForm } from './OfficeForm';
import { SignInSection } from './SignInSection';
import { StaffSection } from './StaffSection';

export function AdminPage() {
  const { t } = useTranslation();
  const { staff } = useIdentity();
  // Paired desks exist only on the office server, so only a desk working on one lists them.
  const office = useQuery(apiQuery('desk.status', {})).data?.mode === 'office';
  return (
    <Stack gap="lg" maw={1100}>
      <Title order={2}>{t('admin.title')}</Title>
      {staff.role === 'owner' ? (
        <>
          <OfficeForm />
          <StaffSection />
          <SignInSection />
          {office && <DevicesSection />}
        </>
      ) : (
        <Alert color="gray">{t('admin.ownerOnly')}</Alert>
      )}
    </Stack>
  );
}
