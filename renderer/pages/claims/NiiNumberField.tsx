// The claim's NII number (the number on the NII's letters), shown and edited in place on the claim
// page; a refused value keeps the box open with the server's message under it. It writes over the
// version it was opened on, so a change another desk made meanwhile is refused, not overwritten.
import { ActionIcon, Group, TextInput, Tooltip } from '@mantine/core';
import { IconCheck, IconPencil, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../shared/api/contract';
import { claimFields, type ClaimDetail } from '../../../shared/schemas/claims';
import { call } from '../../api/client';
import { Ltr } from '../../components/Ltr';

export function NiiNumberField({ claim, onSaved }: { claim: ClaimDetail; onSaved: () => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const [opened, setOpened] = useState(claim.version);
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    // Every field of the claim goes back as it is (an update replaces them all), only the number changed.
    const fields = Object.fromEntries(
      Object.keys(claimFields.shape).map((key) => [key, claim[key as keyof ClaimDetail]]),
    ) as InputOf<'claims.update'>;
    const reply = await call('claims.update', {
      ...fields,
      id: claim.id,
      version: opened,
      niiClaimNumber: draft?.trim() || null,
    });
    if (!reply.ok) return setError(reply.error.message);
    setDraft(null);
    setError(null);
    onSaved();
  };

  if (draft === null) {
    return (
      <Group gap={4} wrap="nowrap">
        <span data-testid="nii-claim-number">{claim.niiClaimNumber ? <Ltr>{claim.niiClaimNumber}</Ltr> : '—'}</span>
        <Tooltip label={t('claims.page.editNiiNumber')}>
          <ActionIcon
            size="sm"
            variant="subtle"
            aria-label={t('claims.page.editNiiNumber')}
            onClick={() => {
              setOpened(claim.version);
              setDraft(claim.niiClaimNumber ?? '');
            }}
          >
            <IconPencil size={14} />
          </ActionIcon>
        </Tooltip>
      </Group>
    );
  }
  return (
    <Group gap={4} wrap="nowrap" align="flex-start">
      <TextInput
        size="xs"
        dir="ltr"
        autoFocus
        aria-label={t('claims.page.niiClaimNumber')}
        value={draft}
        error={error}
        onChange={(event) => setDraft(event.currentTarget.value)}
        onKeyDown={(event) => event.key === 'Enter' && void save()}
      />
      <ActionIcon size="md" variant="light" aria-label={t('claims.page.saveNiiNumber')} onClick={() => void save()}>
        <IconCheck size={14} />
      </ActionIcon>
      <ActionIcon
        size="md"
        variant="subtle"
        color="gray"
        aria-label={t('claims.page.cancelNiiNumber')}
        onClick={() => setDraft(null)}
      >
        <IconX size={14} />
      </ActionIcon>
    </Group>
  );
}
