// The client file's committees tab: every committee of the client, bookable on any of its claims.
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import { useClientFile } from '../client-file/useClientFile';
import { CommitteesPanel } from './CommitteesPanel';

export function ClientCommittees() {
  const { t } = useTranslation();
  const { file, refresh } = useClientFile();
  const claims = file.claims.map((claim) => ({
    id: claim.id,
    label: `${t(`claims.benefit.${claim.benefit}`)}${claim.filedDate ? ` · ${formatDate(claim.filedDate)}` : ''}`,
  }));
  return <CommitteesPanel clientId={file.client.id} claims={claims} onChanged={() => void refresh('medical')} />;
}
