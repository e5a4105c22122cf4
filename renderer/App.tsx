// Which screen shows: pairing with the office server, the unlock screen of a key folder locked by a
// passphrase, recovery of a broken data file, first-run setup, sign-in, or the desk.
import { Center, Loader } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HashRouter, Navigate, Route, Routes, useParams } from 'react-router';
import { call } from './api/client';
import { useAuth } from './auth/AuthContext';
import { OfficeServerBanner } from './components/OfficeServerBanner';
import { DeskGate } from './pages/desk/DeskGate';
import {
  AppLayout,
  AdminPage,
  CalendarPage,
  ClaimPage,
  ClaimsPage,
  ClientFilePage,
  ClientsPage,
  DashboardPage,
  FirstRun,
  ImportPage,
  InboxPage,
  IntakePage,
  KeyFirstRun,
  RecoveryPage,
  ScanPage,
  SecurityPage,
  SettingsPage,
  UnlockPage,
} from './pages/lazy';
import { LoginPage } from './pages/LoginPage';
import { useKeyRenewal } from './pages/security/useKeyRenewal';

function Waiting() {
  return (
    <Center mih="100vh">
      <Loader />
    </Center>
  );
}

/** A fresh file per client, so moving from one file to another never shows the previous one. */
function ClientFileRoute() {
  const { id } = useParams();
  return <ClientFilePage key={id} />;
}

/** The banner for a desk that lost its office server stands above every screen, the pairing gate in front. */
export function App() {
  return (
    <>
      <OfficeServerBanner />
      <DeskGate>
        <Screens />
      </DeskGate>
    </>
  );
}

function Screens() {
  const { t } = useTranslation();
  const { identity } = useAuth();
  const [setupDone, setSetupDone] = useState<boolean | null>(null);
  const [recovering, setRecovering] = useState(false);
  const [keysLocked, setKeysLocked] = useState(false);
  /** The office was just set up here: its owner is offered the recovery key on first sign-in. */
  const [newOffice, setNewOffice] = useState(false);
  const [renewKey, putOffRenewal] = useKeyRenewal();

  const checkStatus = useCallback(() => {
    void call('office.status', {}).then((reply) => {
      setKeysLocked(!reply.ok && reply.error.code === 'key_locked');
      setRecovering(!reply.ok && reply.error.code === 'recovery');
      setSetupDone(reply.ok ? reply.value.setupDone : true);
    });
  }, []);
  useEffect(checkStatus, [checkStatus]);

  if (keysLocked) return <UnlockPage onUnlocked={checkStatus} />;
  if (recovering) return <RecoveryPage onRestored={checkStatus} />;
  if (setupDone === null || identity === undefined) return <Waiting />;
  if (!setupDone) {
    return (
      <FirstRun
        onDone={() => {
          setSetupDone(true);
          setNewOffice(true);
        }}
      />
    );
  }
  if (!identity) return <LoginPage onRecovery={checkStatus} />;
  if (newOffice && identity.staff.role === 'owner') return <KeyFirstRun onDone={() => setNewOffice(false)} />;
  if (renewKey === 'asking') return <Waiting />;
  if (renewKey) return <KeyFirstRun renewal onDone={putOffRenewal} />;

  return (
    <HashRouter>
      <Routes>
        <Route element={<AppLayout />}>
          <Route path="/" element={<Navigate to="/dashboard" replace />} />
          <Route path="/dashboard" element={<DashboardPage />} />
          <Route path="/clients" element={<ClientsPage />} />
          <Route path="/clients/new" element={<IntakePage />} />
          <Route path="/import" element={<ImportPage />} />
          <Route path="/clients/:id/*" element={<ClientFileRoute />} />
          <Route path="/claims" element={<ClaimsPage />} />
          <Route path="/claims/:id" element={<ClaimPage />} />
          <Route path="/calendar" element={<CalendarPage />} />
          <Route path="/scan" element={<ScanPage />} />
          <Route path="/inbox" element={<InboxPage />} />
          <Route path="/admin" element={<AdminPage />} />
          <Route path="/settings" element={<SettingsPage />} />
          <Route path="/security" element={<SecurityPage />} />
          <Route path="*" element={<Center p="xl">{t('common.notFound')}</Center>} />
        </Route>
      </Routes>
    </HashRouter>
  );
}
