// While the ID number is typed: once it is a valid Israeli ID, asks whether the office already has it
// and, if so, links to that client's file instead of opening a second one.
import { Alert, Anchor } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isValidIsraeliId, normalizeIsraeliId } from '../../../shared/identity/israeli-id';
import { apiQuery } from '../../api/apiQuery';
import type { ClientFormValues } from '../../forms/clientValues';

export function DuplicateWarning({ control }: { control: Control<ClientFormValues> }) {
  const { t } = useTranslation();
  const typed = useWatch({ control, name: 'idNumber' });
  const normalized = normalizeIsraeliId(typed ?? '');
  const idNumber = normalized && isValidIsraeliId(normalized) ? normalized : null;
  // The answer for the number typed now: none while it loads, whatever was asked before.
  const client = useQuery({
    ...apiQuery('clients.byIdNumber', { idNumber: idNumber ?? '' }),
    enabled: !!idNumber,
  }).data;

  if (!idNumber || !client) return null;
  return (
    <Alert color="orange" role="status" data-testid="duplicate-warning">
      {client.deleted ? (
        t('intake.duplicateDeleted')
      ) : (
        <>
          {t('intake.duplicate')}{' '}
          <Anchor component={Link} to={`/clients/${client.id}`} fw={600}>
            {client.firstNameHe} {client.lastNameHe}
          </Anchor>
        </>
      )}
    </Alert>
  );
}
