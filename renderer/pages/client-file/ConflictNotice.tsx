// A stale write was refused: what this user typed beside what the other person saved, and a choice
// to put one's own values on top of the current version or take the other person's. Nothing typed
// is lost until the user chooses.
import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface ConflictRow {
  field: string;
  label: string;
  mine: string;
  theirs: string;
}

interface Props {
  message: string;
  rows: ConflictRow[];
  onKeepMine(): void;
  onTakeTheirs(): void;
}

export function ConflictNotice({ message, rows, onKeepMine, onTakeTheirs }: Props) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" role="alert" title={t('clientFile.conflict.title')} data-testid="conflict">
      <Stack gap="sm">
        <Text size="sm">{message}</Text>
        {rows.length > 0 ? (
          <Table withTableBorder fz="sm" verticalSpacing={4} bg="white">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('clientFile.conflict.field')}</Table.Th>
                <Table.Th>{t('clientFile.conflict.mine')}</Table.Th>
                <Table.Th>{t('clientFile.conflict.theirs')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.field} data-field={row.field}>
                  <Table.Td fw={500}>{row.label}</Table.Td>
                  <Table.Td>
                    <bdi>{row.mine || '—'}</bdi>
                  </Table.Td>
                  <Table.Td>
                    <bdi>{row.theirs || '—'}</bdi>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text size="sm">{t('clientFile.conflict.sameValues')}</Text>
        )}
        <Group gap="sm">
          <Button size="xs" onClick={onKeepMine}>
            {t('clientFile.conflict.keepMine')}
          </Button>
          <Button size="xs" variant="default" onClick={onTakeTheirs}>
            {t('clientFile.conflict.takeTheirs')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

/** The fields whose values differ, each read by `describe`. */
export function conflictRows<V extends Record<string, unknown>>(
  mine: V,
  theirs: V,
  fields: readonly (keyof V & string)[],
  label: (field: keyof V & string) => string,
  describe: (field: keyof V & string, value: V[keyof V & string]) => string,
): ConflictRow[] {
  return fields
    .filter((field) => JSON.stringify(mine[field]) !== JSON.stringify(theirs[field]))
    .map((field) => ({
      field,
      label: label(field),
      mine: describe(field, mine[field]),
      theirs: describe(field, theirs[field]),
    }));
}

interface StaleWrite<R> {
  /** The version the form writes over. */
  initial: R;
  /** Saves the form's values over the given version. */
  save(target: R): void;
  /** Puts the other person's values into the form. */
  adopt(theirs: R): void;
}

/**
 * A form's optimistic-concurrency state: the version it writes over and, after a refusal, the
 * other person's version with the notice that offers both ways out.
 */
export function useStaleWrite<R>({ initial, save, adopt }: StaleWrite<R>) {
  const [base, setBase] = useState(initial);
  const [conflict, setConflict] = useState<{ message: string; theirs: R; rows: ConflictRow[] } | null>(null);
  const resolve = (theirs: R, then: (version: R) => void) => {
    setConflict(null);
    setBase(theirs);
    then(theirs);
  };
  const notice = conflict && (
    <ConflictNotice
      message={conflict.message}
      rows={conflict.rows}
      onKeepMine={() => resolve(conflict.theirs, save)}
      onTakeTheirs={() => resolve(conflict.theirs, adopt)}
    />
  );
  return {
    base,
    setBase,
    refused: (message: string, theirs: R, rows: ConflictRow[]) => setConflict({ message, theirs, rows }),
    notice,
  };
}
