// Office admin (owners only): the office's details, its staff members and, on the office server, its desks.
import { Alert, Stack, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useIdentity } from '../../auth/AuthContext';
import { DevicesSection } from './DevicesSection';
import { OfficeForm } from './OfficeForm';
import { SignInSection } from './SignInSection';
import { StaffSection } from './StaffSection';

export function AdminPage() {
  const { t } = useTranslation();
  const { staff } = useIdentity();
  // Paired desks exist only on the office server, so only a desk working on one lists them.
  const [office, setOffice] = useState(false);
  useEffect(() => {
    void call('desk.status', {}).then((reply) => setOffice(reply.ok && reply.value.mode === 'office'));
  }, []);
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
