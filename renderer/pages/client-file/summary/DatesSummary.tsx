// The summary's dates: the next committee, and the running deadlines by due date, overdue in red
// and those due within a week in amber (as in the file header); a legal (docketed) deadline is marked,
// and one that falls on a rest day says so.
import { Badge, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../../../shared/api/procedures/clients/file';
import { todayInIsrael } from '../../../../shared/dates';
import { Ltr } from '../../../components/Ltr';
import { formatDate } from '../../../format';
import { urgency, urgencyColor } from '../fileState';
import { StatusBadge } from '../StatusBadge';
import { placeWithKind } from '../../committees/committeePlace';
import { SummaryCard } from './SummaryCard';

/** The soonest ones: the printed summary stays on one page; the tasks tab has the rest. */
const SHOWN_DEADLINES = 8;

export function NextCommittee({ committee }: { committee: ClientSummary['nextCommittee'] }) {
  const { t } = useTranslation();
  return (
    <SummaryCard
      title={t('clientFile.summary.nextCommittee')}
      testId="summary-committee"
      empty={committee ? null : t('clientFile.summary.noCommittee')}
    >
      {committee && (
        <Text size="sm">
          <Ltr>{formatDate(committee.date)}</Ltr>
          {committee.time && (
            <>
              {' '}
              <Ltr>{committee.time}</Ltr>
            </>
          )}
          {committee.type ? ` · ${t(`committees.type.${committee.type}`)}` : committee.title && ` · ${committee.title}`}
          {(committee.branch ?? committee.serviceCentre) && ` · ${placeWithKind(t, committee)}`}
        </Text>
      )}
    </SummaryCard>
  );
}

export function RunningDeadlines({ deadlines }: { deadlines: ClientSummary['deadlines'] }) {
  const { t } = useTranslation();
  const today = todayInIsrael();
  return (
    <SummaryCard
      title={t('clientFile.summary.deadlines')}
      testId="summary-deadlines"
      empty={deadlines.length ? null : t('clientFile.summary.noDeadlines')}
    >
      <List listStyleType="none" spacing={4}>
        {deadlines.slice(0, SHOWN_DEADLINES).map((task) => {
          const due = urgency(task.dueDate, today);
          return (
            <List.Item key={task.id}>
              <Group gap="xs" wrap="nowrap">
                <StatusBadge color={urgencyColor[due]}>
                  <Ltr>{formatDate(task.dueDate)}</Ltr>
                </StatusBadge>
                <Text size="sm">
                  {task.title}
                  {due === 'overdue' && ` · ${t('clientFile.summary.overdue')}`}
                  {task.restDay && ` · ${t('clientFile.summary.restDay', { day: task.restDay })}`}
                </Text>
                {task.binding && (
                  <Badge size="xs" variant="outline" color="red">
                    {t('clientFile.summary.binding')}
                  </Badge>
                )}
              </Group>
            </List.Item>
          );
        })}
      </List>
      {deadlines.length > SHOWN_DEADLINES && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('clientFile.summary.moreDeadlines', { count: deadlines.length - SHOWN_DEADLINES })}
        </Text>
      )}
    </SummaryCard>
  );
}
