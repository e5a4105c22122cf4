// A recovery key just made: its groups, the printable sheet as a PDF download, and the confirmation
// by typing two of its groups back. A group typed wrong is named by its field before the server is
// asked; the server checks again (it alone keeps the key until confirmed).
import { Alert, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewRecoveryKey, RecoveryKeyState } from '../../../shared/api/procedures/recovery-key';
import { call } from '../../api/client';
import { base64ToBlob, download } from '../client-file/documents/fileBytes';
import { KeyGroups } from './KeyGroups';

/** As the server reads a typed group: case, spaces and dashes do not matter; O is 0, I and L are 1. */
function normalized(group: string): string {
  return group.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

const MONOSPACE = { input: { fontFamily: 'monospace' } };

export function NewKey({
  made,
  onConfirmed,
}: {
  made: NewRecoveryKey;
  onConfirmed: (state: RecoveryKeyState) => void;
}) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState<[string, string]>(['', '']);
  const [errors, setErrors] = useState<[string | null, string | null]>([null, null]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const numbers = made.check.map((i) => i + 1) as [number, number];

  const errorOf = (index: 0 | 1): string | null => {
    const n = numbers[index];
    if (!typed[index].trim()) return t('security.key.groupRequired', { n });
    return normalized(typed[index]) === made.groups[made.check[index]] ? null : t('security.key.groupWrong', { n });
  };

  const confirm = async () => {
    const found: [string | null, string | null] = [errorOf(0), errorOf(1)];
    setErrors(found);
    setFailure(null);
    if (found[0] || found[1]) return;
    setBusy(true);
    const reply = await call('recoveryKey.confirm', { groups: typed });
    setBusy(false);
    if (reply.ok) onConfirmed(reply.value);
    else setFailure(reply.error.message);
  };

  const setGroup = (index: 0 | 1, value: string) => {
    const next: [string, string] = [...typed];
    next[index] = value;
    setTyped(next);
  };

  return (
    <Stack gap="md" data-testid="new-recovery-key">
      <Title order={4}>{t('security.key.groups')}</Title>
      <KeyGroups groups={made.groups} />
      <Text size="sm">{t('security.key.writeDown')}</Text>
      <Group>
        <Button
          variant="light"
          leftSection={<IconPrinter size={16} />}
          onClick={() => download(base64ToBlob(made.sheetBase64, 'application/pdf'), 'mitzui-recovery-key.pdf')}
        >
          {t('security.key.sheet')}
        </Button>
      </Group>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void confirm();
        }}
        noValidate
      >
        <Stack gap="sm">
          <Title order={4}>{t('security.key.confirmTitle')}</Title>
          <Text size="sm">{t('security.key.confirmText', { first: numbers[0], second: numbers[1] })}</Text>
          {failure && <Alert color="red">{failure}</Alert>}
          <Group align="flex-start">
            {([0, 1] as const).map((index) => (
              <TextInput
                key={index}
                label={t('security.key.group', { n: numbers[index] })}
                dir="ltr"
                className="ltr-input"
                styles={MONOSPACE}
                w={220}
                maxLength={10}
                autoComplete="off"
                spellCheck={false}
                value={typed[index]}
                error={errors[index]}
                onChange={(event) => setGroup(index, event.currentTarget.value)}
              />
            ))}
          </Group>
          <Group>
            <Button type="submit" loading={busy}>
              {t('security.key.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
