// Why a fee agreement is not offered for signing: every term still over its cap (or missing), or the
// caps that could not be read. Shown where the signature step would be.
import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ListFailure } from '../../components/ListFailure';
import type { FeeCheck } from './useFeeCheck';

export function FeeTermsNotice({ check }: { check: FeeCheck }) {
  const { t } = useTranslation();
  if (check.failure) return <ListFailure message={check.failure} onRetry={check.retry} testId="fee-caps-failure" />;
  const problems = Object.values(check.problems);
  if (problems.length === 0) return null;
  return (
    <Alert color="red" role="alert" title={t('paperwork.fees.blocked')} data-testid="fee-terms-problems">
      <List size="sm" spacing={2}>
        {problems.map((problem) => (
          <List.Item key={problem}>{problem}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
