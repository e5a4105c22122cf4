// The summary's claims: each open claim with its status and since when, and the papers each still
// lacks before its package can go to the NII. A claim opens its page, whose back link returns here.
import { Anchor, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { ClientSummary } from '../../../../shared/api/procedures/clients/file';
import { Ltr } from '../../../components/Ltr';
import { formatDate, formatTimestamp } from '../../../format';
import { STATUS_COLOR } from '../claims/ClaimsTab';
import { StatusBadge } from '../StatusBadge';
import { SummaryCard } from './SummaryCard';

export function OpenClaims({ claims }: { claims: ClientSummary['openClaims'] }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <SummaryCard
      title={t('clientFile.summary.openClaims')}
      testId="summary-claims"
      empty={claims.length ? null : t('clientFile.summary.noOpenClaims')}
    >
      <List listStyleType="none" spacing={4}>
        {claims.map((claim) => (
          <List.Item key={claim.id}>
            <Group gap="xs" wrap="nowrap">
              <Anchor component={Link} to={`/claims/${claim.id}`} state={{ from: pathname }} size="sm" fw={500}>
                {t(`clientFile.enums.benefit.${claim.benefit}`)}
              </Anchor>
              <StatusBadge color={STATUS_COLOR[claim.status]}>
                {t(`clientFile.enums.claimStatus.${claim.status}`)}
              </StatusBadge>
              <Text size="xs" c="dimmed">
                {t('clientFile.summary.since')} <Ltr>{formatTimestamp(claim.statusSince).slice(0, 10)}</Ltr>
                {claim.niiClaimNumber && (
                  <>
                    {' · '}
                    {t('clientFile.summary.niiNumber')} <Ltr>{claim.niiClaimNumber}</Ltr>
                  </>
                )}
                {claim.filedDate && (
                  <>
                    {' · '}
                    {t('clientFile.summary.filed')} <Ltr>{formatDate(claim.filedDate)}</Ltr>
                  </>
                )}
              </Text>
            </Group>
          </List.Item>
        ))}
      </List>
    </SummaryCard>
  );
}

export function MissingPapers({ papers }: { papers: ClientSummary['missingPapers'] }) {
  const { t } = useTranslation();
  return (
    <SummaryCard
      title={t('clientFile.summary.missingPapers')}
      testId="summary-papers"
      empty={papers.length ? null : t('clientFile.summary.noMissingPapers')}
    >
      {papers.map((claim) => (
        <div key={claim.claimId}>
          <Text size="sm" fw={500}>
            {t(`clientFile.enums.benefit.${claim.benefit}`)}
          </Text>
          <List size="sm" spacing={2} withPadding>
            {[...claim.missing, ...claim.blockers].map((item) => (
              <List.Item key={item}>{item}</List.Item>
            ))}
          </List>
        </div>
      ))}
    </SummaryCard>
  );
}
