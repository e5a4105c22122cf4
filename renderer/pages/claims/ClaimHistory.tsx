// Every status change of the claim: from what to what, when, who made it and why.
import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClaimStatusChange } from '../../../shared/schemas/claims';
import { Ltr } from '../../components/Ltr';
import { formatTimestamp } from '../../format';

export function ClaimHistory({ history }: { history: ClaimStatusChange[] }) {
  const { t } = useTranslation();
  return (
    <Timeline active={history.length - 1} bulletSize={14} lineWidth={2}>
      {history.map((change, index) => (
        <Timeline.Item
          key={index}
          title={
            change.fromStatus
              ? t('claims.page.historyEntry', {
                  from: t(`claims.status.${change.fromStatus}`),
                  to: t(`claims.status.${change.toStatus}`),
                })
              : t('claims.page.opened')
          }
        >
          <Text size="xs" c="gray.7">
            <Ltr>{formatTimestamp(change.at)}</Ltr> · {change.staffName}
          </Text>
          <Text size="sm">
            {change.reason ?? (
              <Text span c="gray.7" size="sm">
                {t('claims.page.noReason')}
              </Text>
            )}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
