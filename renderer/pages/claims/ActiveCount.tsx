// How many claims the office still works on, with the closed ones counted apart: a closed claim is
// not an active one, on the board and in the list alike.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { activeClaimStatuses } from '../../../shared/domain/enums';
import type { ClaimCounts } from '../../../shared/schemas/claims';

export function ActiveCount({ counts }: { counts: ClaimCounts }) {
  const { t } = useTranslation();
  const active = activeClaimStatuses.reduce((sum, status) => sum + counts[status], 0);
  return (
    <Text c="gray.7" data-testid="claim-count">
      {t('claims.activeCount', { count: active })}
      {counts.closed > 0 && ` · ${t('claims.closedCount', { count: counts.closed })}`}
    </Text>
  );
}
