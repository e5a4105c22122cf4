// The sign-in's second step: a code from the authenticator app (or a recovery code); where the office
// requires a second factor not yet set, the new secret is shown to scan first, and the recovery codes
// after it.
import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecondStep, SignedIn } from '../../shared/api/contract';
import { call } from '../api/client';
import { useAuth } from '../auth/AuthContext';
import { CodeForm } from '../auth/CodeForm';
import { RecoveryCodes } from '../auth/RecoveryCodes';
import { TotpSetup } from '../auth/TotpSetup';
import { CenteredCard } from '../components/CenteredCard';

export function SecondFactorStep({ step, onBack }: { step: SecondStep; onBack: () => void }) {
  const { t } = useTranslation();
  const { signIn } = useAuth();
  const [done, setDone] = useState<{ session: SignedIn; codes: string[] } | null>(null);

  const send = async (code: string) => {
    const reply = await call('auth.loginSecondFactor', { pendingToken: step.pendingToken, code });
    if (!reply.ok) return reply.error;
    const { recoveryCodes, ...session } = reply.value;
    if (recoveryCodes) setDone({ session, codes: recoveryCodes });
    else signIn(session);
    return null;
  };

  return (
    <CenteredCard title={t('auth.code.title')} width={460}>
      {done ? (
        <RecoveryCodes codes={done.codes} onDone={() => signIn(done.session)} />
      ) : (
        <Stack gap="md">
          <Text size="sm">{t(step.secondFactor === 'enrol' ? 'auth.code.enrolIntro' : 'auth.code.verifyIntro')}</Text>
          {step.secondFactor === 'enrol' && <TotpSetup enrolment={step.enrolment} />}
          <CodeForm
            submitLabel={t('auth.code.submit')}
            onCode={send}
            extraAction={
              <Button variant="subtle" onClick={onBack}>
                {t('auth.code.back')}
              </Button>
            }
          />
        </Stack>
      )}
    </CenteredCard>
  );
}
