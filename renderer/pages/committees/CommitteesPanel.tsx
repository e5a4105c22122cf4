// A client's (or one claim's) medical committees: when, where and who sits; the checklist ticked right
// here on the committee day; the outcome and protocol once held. Add and edit open the side form.
import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Committee, CommitteeListRow } from '../../../shared/schemas/committees';
import { apiQuery, invalidateKeys, useApiMutation } from '../../api/apiQuery';
import { queryClient } from '../../api/queryClient';
import { queryKey } from '../../api/queryKeys';
import { Ltr } from '../../components/Ltr';
import { formatDate } from '../../format';
import { useMay } from '../client-file/access';
import { ConfirmDelete } from '../client-file/ConfirmDelete';
import { CommitteeForm, type ClaimChoice } from './CommitteeForm';
import { placeName } from './committeePlace';
import { specialtyNames } from './committeeValues';

const NONE: CommitteeListRow[] = [];

interface Props {
  clientId: number;
  /** On the claim page: that claim's committees, booked on it. */
  claimId?: number;
  claims: ClaimChoice[];
  onChanged?(): void;
}

export function CommitteesPanel({ clientId, claimId, claims, onChanged }: Props) {
  const { t } = useTranslation();
  const may = useMay();
  const input = claimId ? { claimId } : { clientId };
  const list = useQuery(apiQuery('committees.list', input));
  const committees = list.data ?? NONE;
  const [writeFailure, setFailure] = useState<string | null>(null);
  const failure = writeFailure ?? list.error?.message ?? null;
  const update = useApiMutation('committees.update');
  const remove = useApiMutation('committees.delete');
  const [editing, setEditing] = useState<Committee | 'new' | null>(null);
  const [ticking, setTicking] = useState(false);
  const names = specialtyNames(t);

  const changed = () => {
    void invalidateKeys([queryKey('committees.list', input)]);
    onChanged?.();
  };

  /** Ticks one item on the day: shown at once, saved with the version the row holds, then read back. */
  const tick = async (committee: Committee, index: number, done: boolean) => {
    const checklist = committee.checklist.map((item, i) => (i === index ? { ...item, done } : item));
    queryClient.setQueryData(queryKey('committees.list', input), (rows?: CommitteeListRow[]) =>
      rows?.map((row) => (row.id === committee.id ? { ...row, checklist } : row)),
    );
    // One save at a time: the next tick needs the version this one makes (read back by the write).
    setTicking(true);
    const reply = await update({ ...committee, checklist });
    setFailure(reply.ok ? null : reply.error.message);
    if (!reply.ok) await invalidateKeys([queryKey('committees.list', input)]);
    setTicking(false);
  };

  const claimLabel = (id: number | null) => claims.find((claim) => claim.id === id)?.label ?? '';

  return (
    <Paper withBorder p="md" data-testid="committees">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t('committees.title')}
        </Title>
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing('new')}>
          {t('committees.add')}
        </Button>
      </Group>
      {failure && (
        <Text c="red.8" size="sm" role="alert" mb="xs">
          {failure}
        </Text>
      )}
      {committees.length === 0 ? (
        <Text c="gray.7" size="sm">
          {t('committees.empty')}
        </Text>
      ) : (
        <Table fz="sm" verticalSpacing={6} data-testid="committee-rows">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('committees.columns.when')}</Table.Th>
              <Table.Th>{t('committees.columns.type')}</Table.Th>
              <Table.Th>{t('committees.columns.branch')}</Table.Th>
              {!claimId && <Table.Th>{t('committees.columns.claim')}</Table.Th>}
              <Table.Th>{t('committees.columns.specialties')}</Table.Th>
              <Table.Th>{t('committees.columns.checklist')}</Table.Th>
              <Table.Th>{t('committees.columns.outcome')}</Table.Th>
              <Table.Th>{t('committees.columns.protocol')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('committees.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {committees.map((committee) => (
              <Table.Tr key={committee.id} data-testid="committee-row">
                <Table.Td>
                  <Text size="sm" fw={500}>
                    <Ltr>
                      {formatDate(committee.committeeDate)}
                      {committee.committeeTime && ` ${committee.committeeTime}`}
                    </Ltr>
                  </Text>
                </Table.Td>
                <Table.Td>{t(`committees.type.${committee.committeeType}`)}</Table.Td>
                <Table.Td>{placeName(t, committee)}</Table.Td>
                {!claimId && <Table.Td>{claimLabel(committee.claimId)}</Table.Td>}
                <Table.Td>{committee.specialties.map(names.show).join(', ')}</Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    <Text size="xs" c="gray.7">
                      {t('committees.checklist.progress', {
                        done: committee.checklist.filter((item) => item.done).length,
                        total: committee.checklist.length,
                      })}
                    </Text>
                    {committee.checklist.map((item, index) => (
                      <Checkbox
                        key={index}
                        size="xs"
                        label={item.label}
                        checked={item.done}
                        disabled={ticking}
                        onChange={(event) => void tick(committee, index, event.currentTarget.checked)}
                      />
                    ))}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  {committee.weightedPercent !== null && (
                    <Text size="sm" fw={500}>
                      <Ltr>{committee.weightedPercent}%</Ltr>
                    </Text>
                  )}
                  {/* By position: a protocol read from the inbox may leave several sections "not given". */}
                  {committee.outcome.map((item, index) => (
                    <Text key={index} size="xs">
                      <bdi>{item.section}</bdi> · <Ltr>{item.percent}%</Ltr>
                      {item.until && <> · {formatDate(item.until)}</>}
                    </Text>
                  ))}
                  {committee.determinationId !== null && (
                    <Text size="xs" c="green.9">
                      {t('committees.outcome.recorded')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {committee.protocolReceivedDate &&
                    t('committees.protocolReceived', { date: formatDate(committee.protocolReceivedDate) })}
                </Table.Td>
                <Table.Td>
                  <Group gap={2} wrap="nowrap">
                    <Tooltip label={t('committees.edit')}>
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('committees.edit')}
                        onClick={() => setEditing(committee)}
                      >
                        <IconPencil size={16} />
                      </ActionIcon>
                    </Tooltip>
                    {may('committees.delete') && (
                      <ConfirmDelete
                        label={t('committees.delete')}
                        onConfirm={async () => {
                          const reply = await remove({
                            id: committee.id,
                            version: committee.version,
                          });
                          setFailure(reply.ok ? null : reply.error.message);
                          changed();
                        }}
                      />
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing && (
        <CommitteeForm
          clientId={clientId}
          committee={editing === 'new' ? null : editing}
          claims={claims}
          claimId={claimId ?? null}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            changed();
          }}
        />
      )}
    </Paper>
  );
}
