// The client's powers of attorney and their state, and the way to record that the insured revoked
// one (they can, in their personal area on the NII site): from then on no claim is exported on it.
import { Alert, Badge, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../shared/api/contract';
import { displayToIso, isoToDisplay, todayInIsrael } from '../../../shared/dates';
import { call } from '../../api/client';
import { Ltr } from '../../components/Ltr';

type Representation = OutputOf<'representation.list'>[number];

/** Dark shades on an outline badge keep WCAG AA contrast. */
const STATUS_COLOR = { active: 'teal.9', pending: 'gray.8', revoked: 'red.9', ended: 'gray.8' } as const;

function RevokeDialog({
  representation,
  onClose,
  onDone,
}: {
  representation: Representation;
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => isoToDisplay(todayInIsrael()));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const iso = displayToIso(text);
    if (!iso) {
      setError(t('paperwork.representation.badDate'));
      return;
    }
    setBusy(true);
    const reply = await call('paperwork.revoke', {
      representationId: representation.id,
      version: representation.version,
      revokedDate: iso,
    });
    setBusy(false);
    if (!reply.ok) {
      setError(reply.error.message);
      return;
    }
    notifications.show({ color: 'green', message: t('paperwork.representation.done') });
    onDone();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('paperwork.representation.revokeTitle')}
      closeButtonProps={{ 'aria-label': t('paperwork.close') }}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Text size="sm">{t('paperwork.representation.revokeHelp')}</Text>
          <TextInput
            label={t('paperwork.representation.revokedDate')}
            withAsterisk
            dir="ltr"
            placeholder="dd/mm/yyyy"
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={error}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('paperwork.cancel')}
            </Button>
            <Button color="red" type="submit" loading={busy}>
              {t('paperwork.representation.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function Representations({ list, onChanged }: { list: Representation[]; onChanged(): void }) {
  const { t } = useTranslation();
  const [revoking, setRevoking] = useState<Representation | null>(null);
  if (list.length === 0) return <Alert color="red">{t('paperwork.representation.none')}</Alert>;
  return (
    <Stack gap="xs" data-testid="representations">
      {list.map((r) => (
        <Group key={r.id} justify="space-between">
          <Group gap="sm">
            <Badge color={STATUS_COLOR[r.status]} variant="outline">
              {t(`paperwork.representation.status.${r.status}`)}
            </Badge>
            <Text size="sm">
              {r.scope === 'general'
                ? t('paperwork.representation.general')
                : t('paperwork.representation.perBenefit', {
                    benefits: r.benefits.map((b) => t(`claims.benefit.${b}`)).join(', '),
                  })}
            </Text>
            {r.signedDate && (
              <Text size="xs" c="gray.7">
                {t('paperwork.representation.signedOn')}
                <Ltr>{isoToDisplay(r.signedDate)}</Ltr>
              </Text>
            )}
            {r.revokedDate && (
              <Text size="xs" c="red.8">
                {t('paperwork.representation.revokedOn')}
                <Ltr>{isoToDisplay(r.revokedDate)}</Ltr>
              </Text>
            )}
          </Group>
          {r.status === 'active' && (
            <Button size="xs" variant="light" color="red" onClick={() => setRevoking(r)}>
              {t('paperwork.representation.revoke')}
            </Button>
          )}
        </Group>
      ))}
      {revoking && (
        <RevokeDialog
          representation={revoking}
          onClose={() => setRevoking(null)}
          onDone={() => {
            setRevoking(null);
            onChanged();
          }}
        />
      )}
    </Stack>
  );
}
