// The board: a column per status, a card per claim. A card moves by dragging it to a column the
// workflow allows, or from its menu (keyboard); either way the move opens the reason dialog. Each
// column leads with the claims that have waited longest; names and counts wrap rather than clip.
import {
  ActionIcon,
  Anchor,
  Badge,
  Box,
  Group,
  Menu,
  Paper,
  ScrollArea,
  SimpleGrid,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import { useEffect, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InputOf } from '../../../shared/api/contract';
import { claimTransitions, type ClaimStatus } from '../../../shared/domain/enums';
import type { ClaimCounts, ClaimListRow } from '../../../shared/schemas/claims';
import { useLatestReply } from '../../api/useLatestReply';
import { ListFailure } from '../../components/ListFailure';
import { Ltr } from '../../components/Ltr';
import { CLAIMS_LIVE, waitingDays } from './claimDisplay';
import type { Move } from './MoveDialog';

interface Props {
  filter: Omit<InputOf<'claims.board'>, 'perColumn'>;
  /** Changes after a move, to load the board again. */
  version: number;
  onMove(move: Move): void;
  onShowAll(status: ClaimStatus): void;
  /** The column totals, for the page's count of active claims. */
  onCounts(counts: ClaimCounts): void;
}

const PER_COLUMN = 40;

function ClaimCard({
  card,
  onMove,
  onDragStart,
}: {
  card: ClaimListRow;
  onMove(to: ClaimStatus): void;
  onDragStart(): void;
}) {
  const { t } = useTranslation();
  const days = waitingDays(card);
  const targets = claimTransitions[card.status];
  return (
    <Paper
      withBorder
      p={8}
      radius="sm"
      draggable={targets.length > 0}
      onDragStart={(event: DragEvent) => {
        event.dataTransfer.setData('text/plain', String(card.id));
        event.dataTransfer.effectAllowed = 'move';
        onDragStart();
      }}
      data-testid={`claim-card-${card.id}`}
      style={{ cursor: targets.length > 0 ? 'grab' : 'default' }}
    >
      <Group justify="space-between" wrap="nowrap" gap={4} align="flex-start">
        <Anchor
          component={Link}
          to={`/claims/${card.id}`}
          size="sm"
          fw={600}
          underline="hover"
          style={{ overflowWrap: 'anywhere' }}
        >
          {card.clientName}
        </Anchor>
        <Menu position="bottom-start" withinPortal>
          <Menu.Target>
            <ActionIcon
              variant="subtle"
              size="sm"
              color="gray"
              aria-label={t('claims.board.move', { name: card.clientName })}
              disabled={targets.length === 0}
            >
              <IconArrowsExchange size={14} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            {targets.map((to) => (
              <Menu.Item key={to} onClick={() => onMove(to)}>
                {t(`claims.action.${to}`)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </Group>
      <Text size="xs" c="gray.7">
        <Ltr>{card.clientIdNumber}</Ltr>
      </Text>
      <Text size="xs">{t(`claims.benefit.${card.benefit}`)}</Text>
      {days !== null && (
        <Text size="xs" c="gray.7">
          {days === 0 ? t('claims.board.today') : t('claims.board.days', { count: days })}
        </Text>
      )}
    </Paper>
  );
}

export function ClaimBoard({ filter, version, onMove, onShowAll, onCounts }: Props) {
  const { t } = useTranslation();
  const [dragged, setDragged] = useState<ClaimListRow | null>(null);
  const [over, setOver] = useState<ClaimStatus | null>(null);
  const { benefit, staffId, query } = filter;
  const {
    value: board,
    failure,
    stale,
    retry,
  } = useLatestReply('claims.board', { benefit, staffId, query, perColumn: PER_COLUMN }, version, CLAIMS_LIVE);
  useEffect(() => {
    if (board)
      onCounts(Object.fromEntries(board.columns.map((column) => [column.status, column.total])) as ClaimCounts);
  }, [board, onCounts]);

  const accepts = (status: ClaimStatus) => dragged !== null && claimTransitions[dragged.status].includes(status);
  const drop = (status: ClaimStatus) => (event: DragEvent) => {
    event.preventDefault();
    if (dragged && accepts(status)) onMove({ claim: dragged, to: status });
    setDragged(null);
    setOver(null);
  };

  if (failure) return <ListFailure message={failure} onRetry={retry} />;
  return (
    <Box>
      <Text size="xs" c="gray.7" mb={6}>
        {t('claims.board.dropHint')}
      </Text>
      <SimpleGrid
        cols={7}
        spacing={6}
        aria-label={t('claims.board.label')}
        role="region"
        aria-busy={stale}
        opacity={stale ? 0.6 : 1}
      >
        {board?.columns.map((column) => (
          <Paper
            key={column.status}
            withBorder
            p={6}
            bg={over === column.status ? 'deepBlue.0' : accepts(column.status) ? 'gray.1' : 'gray.0'}
            onDragOver={(event: DragEvent) => {
              if (!accepts(column.status)) return;
              event.preventDefault();
              setOver(column.status);
            }}
            onDragLeave={() => setOver(null)}
            onDrop={drop(column.status)}
            onDragEnd={() => setDragged(null)}
            data-testid={`column-${column.status}`}
          >
            <Group justify="space-between" gap={4} mb={6} px={2}>
              <Text size="sm" fw={600} component="h2">
                {t(`claims.status.${column.status}`)}
              </Text>
              <Badge
                variant="light"
                color="gray"
                size="sm"
                className="ltr"
                style={{ flex: 'none', overflow: 'visible' }}
                styles={{ label: { overflow: 'visible' } }}
              >
                {column.total.toLocaleString('he-IL')}
              </Badge>
            </Group>
            <ScrollArea.Autosize mah="calc(100vh - 260px)" type="auto" offsetScrollbars>
              <Stack gap={6}>
                {column.cards.map((card) => (
                  <ClaimCard
                    key={card.id}
                    card={card}
                    onMove={(to) => onMove({ claim: card, to })}
                    onDragStart={() => setDragged(card)}
                  />
                ))}
                {column.cards.length === 0 && (
                  <Text size="xs" c="gray.7" ta="center" py="sm">
                    {t('claims.board.empty')}
                  </Text>
                )}
                {column.total > column.cards.length && (
                  <UnstyledButton onClick={() => onShowAll(column.status)}>
                    <Text size="xs" c="deepBlue.8" ta="center" td="underline">
                      {t('claims.board.more', { count: column.total - column.cards.length })}
                    </Text>
                  </UnstyledButton>
                )}
              </Stack>
            </ScrollArea.Autosize>
          </Paper>
        ))}
      </SimpleGrid>
    </Box>
  );
}
