// Who handles the claim: picking another staff member hands them the claim's open deadlines.
import { Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClaimDetail } from '../../../shared/schemas/claims';
import type { StaffMember } from '../../../shared/schemas/staff';
import { call } from '../../api/client';

export function HandlerSelect({
  claim,
  staff,
  onChanged,
}: {
  claim: ClaimDetail;
  staff: StaffMember[];
  onChanged(): void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const choices = staff.filter((member) => member.active || member.id === claim.handlerId);

  const change = async (value: string | null) => {
    if (!value || Number(value) === claim.handlerId) return;
    const reply = await call('claims.setHandler', { id: claim.id, version: claim.version, handlerId: Number(value) });
    setError(reply.ok ? null : reply.error.message);
    if (reply.ok) onChanged();
  };

  return (
    <Select
      size="xs"
      label={t('claims.page.handlerLabel')}
      description={t('claims.page.handlerHint')}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      styles={{ description: { color: 'var(--mantine-color-gray-7)' } }}
      value={String(claim.handlerId)}
      onChange={(value) => void change(value)}
      data={
        choices.length > 0
          ? choices.map((member) => ({ value: String(member.id), label: member.fullName }))
          : [{ value: String(claim.handlerId), label: claim.staffName }]
      }
      allowDeselect={false}
      error={error}
      data-testid="claim-handler"
    />
  );
}
