// While the ID number is typed: once it is a valid Israeli ID, asks whether the office already has it
// and, if so, links to that client's file instead of opening a second one.
import { Alert, Anchor } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isValidIsraeliId, normalizeIsraeliId } from '../../../shared/identity/israeli-id';
import type { ClientByIdNumber } from '../../../shared/schemas/client-list';
import { call } from '../../api/client';
import type { ClientFormValues } from '../../forms/clientValues';

export function DuplicateWarning({ control }: { control: Control<ClientFormValues> }) {
  const { t } = useTranslation();
  const typed = useWatch({ control, name: 'idNumber' });
  const normalized = normalizeIsraeliId(typed ?? '');
  const idNumber = normalized && isValidIsraeliId(normalized) ? normalized : null;
  const [found, setFound] = useState<{ idNumber: string; client: ClientByIdNumber } | null>(null);

  useEffect(() => {
    if (!idNumber) return;
    let current = true;
    void call('clients.byIdNumber', { idNumber }).then((reply) => {
      if (current) setFound(reply.ok && reply.value ? { idNumber, client: reply.value } : null);
    });
    return () => {
      current = false;
    };
  }, [idNumber]);

  if (!found || found.idNumber !== idNumber) return null;
  const { client } = found;
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
