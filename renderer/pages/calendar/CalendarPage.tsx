// The office's deadlines and committee dates by month or as an agenda, for one staff member or the
// whole office: overdue in red, this week highlighted, rest days marked, the week from Sunday.
import { Alert, Button, Group, Paper, SegmentedControl, Select, Switch, Text, Title } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { parseISO } from 'date-fns';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInIsrael } from '../../../shared/dates';
import type { Task } from '../../../shared/schemas/work';
import { useLatestReply } from '../../api/useLatestReply';
import { ListFailure } from '../../components/ListFailure';
import { Ltr } from '../../components/Ltr';
import { formatDate } from '../../format';
import { useAddressParams } from '../claims/useAddressParams';
import { useStaffList } from '../../api/useStaffList';
import { AgendaList } from './AgendaList';
import { MonthGrid } from './MonthGrid';
import { monthRange, shiftMonth } from './calendarDays';
import { remindersByDay, shiftDays } from './reminders';
import { useCommitteeDays, withoutBookedSittings } from './useCommitteeDays';

const LIMIT = 2000;
/** The overdue alert lists this many, binding ones first; its count is the server's, as the dashboard's. */
const OVERDUE_SHOWN = 3;
/** Tasks are written by hand and by the docket (claim moves, committees, decisions), and name their client. */
const TASKS_LIVE = { kinds: ['task', 'claim', 'committee', 'record', 'client', 'office'], settleMs: 1000 } as const;
const OFFICE_LIVE = { kinds: ['office'] } as const;

function groupByDay(tasks: Task[]): Map<string, Task[]> {
  const days = new Map<string, Task[]>();
  for (const task of tasks) days.set(task.dueDate, [...(days.get(task.dueDate) ?? []), task]);
  return days;
}

export function CalendarPage() {
  const { t, i18n } = useTranslation();
  const [params, setParam] = useAddressParams();
  const staff = useStaffList();
  const today = todayInIsrael();
  const locale = i18n.language === 'en' ? 'en-GB' : 'he-IL';

  const thisMonth = today.slice(0, 7);
  const month = params.get('month') ?? thisMonth;
  const view = params.get('view') === 'agenda' ? 'agenda' : 'month';
  const day = params.get('day');
  const staffId = params.get('staff') ? Number(params.get('staff')) : undefined;
  const showDone = params.get('done') === '1';

  const { from, to } = monthRange(month);
  const inMonth = useLatestReply(
    'tasks.list',
    { dueFrom: from, dueTo: to, assignedTo: staffId, open: showDone ? undefined : true, limit: LIMIT },
    undefined,
    TASKS_LIVE,
  );
  const late = useLatestReply('tasks.overdue', { assignedTo: staffId, limit: OVERDUE_SHOWN }, undefined, TASKS_LIVE);
  // Binding deadlines whose reminders fall in this month: due up to the longest reminder after it.
  const settings = useLatestReply('docket.settings', {}, undefined, OFFICE_LIVE).value;
  const reminderDays = useMemo(() => settings?.reminderDays ?? [], [settings]);
  const ahead = useLatestReply(
    'tasks.list',
    reminderDays.length > 0
      ? {
          dueFrom: shiftDays(from, Math.min(...reminderDays)),
          dueTo: shiftDays(to, Math.max(...reminderDays)),
          assignedTo: staffId,
          open: true,
          limit: LIMIT,
        }
      : null,
    undefined,
    TASKS_LIVE,
  );
  const committees = useCommitteeDays(from, to, staffId, day);
  const tasks = inMonth.value;
  const overdue = late.value ?? { count: 0, tasks: [] };
  // Either list missing would hide deadlines: say so, and try both again.
  const failure = inMonth.failure ?? late.failure ?? ahead.failure ?? committees.failure;
  const retry = () => {
    inMonth.retry();
    late.retry();
    ahead.retry();
    committees.retry();
  };

  const byDay = useMemo(
    () => groupByDay(withoutBookedSittings(tasks ?? [], committees.byDay)),
    [tasks, committees.byDay],
  );
  const reminders = useMemo(
    () => remindersByDay(ahead.value ?? [], reminderDays, from, to),
    [ahead.value, reminderDays, from, to],
  );
  const agendaDays = useMemo(() => (day ? new Map([[day, byDay.get(day) ?? []]]) : byDay), [day, byDay]);
  const title = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' }).format(parseISO(`${month}-01`));

  return (
    <>
      <Group justify="space-between" mb="md" wrap="nowrap">
        <Title order={1} size="h2">
          {t('calendar.title')}
        </Title>
        <SegmentedControl
          aria-label={t('calendar.viewLabel')}
          value={view}
          onChange={(value) => setParam({ view: value === 'agenda' ? 'agenda' : null, day: null })}
          data={[
            { value: 'month', label: t('calendar.monthView') },
            { value: 'agenda', label: t('calendar.agendaView') },
          ]}
        />
      </Group>
      <Group justify="space-between" mb="sm" align="flex-end">
        <Group gap="xs" align="center">
          <Button
            variant="default"
            size="xs"
            onClick={() =>
              setParam((current) => ({ month: shiftMonth(current.get('month') ?? thisMonth, -1), day: null }))
            }
            leftSection={<IconChevronRight size={14} />}
          >
            {t('calendar.previous')}
          </Button>
          <Text fw={600} size="lg" miw={150} ta="center" data-testid="calendar-month">
            {title}
          </Text>
          <Button
            variant="default"
            size="xs"
            onClick={() =>
              setParam((current) => ({ month: shiftMonth(current.get('month') ?? thisMonth, 1), day: null }))
            }
            rightSection={<IconChevronLeft size={14} />}
          >
            {t('calendar.next')}
          </Button>
          <Button variant="subtle" size="xs" onClick={() => setParam({ month: null, day: null })}>
            {t('calendar.today')}
          </Button>
        </Group>
        <Group gap="md" align="flex-end">
          <Select
            w={200}
            label={t('calendar.staff')}
            placeholder={t('calendar.wholeOffice')}
            clearable
            value={staffId ? String(staffId) : null}
            onChange={(value) => setParam({ staff: value })}
            data={staff.map((member) => ({ value: String(member.id), label: member.fullName }))}
          />
          <Switch
            label={t('calendar.showDone')}
            checked={showDone}
            onChange={(event) => setParam({ done: event.currentTarget.checked ? '1' : null })}
            mb={8}
          />
        </Group>
      </Group>
      {failure && <ListFailure message={failure} onRetry={retry} />}
      {overdue.count > 0 && (
        <Alert
          color="red"
          variant="light"
          mb="sm"
          title={t('calendar.overdueTitle', { count: overdue.count })}
          data-testid="overdue"
        >
          <Text size="sm">
            {overdue.tasks.map((task) => (
              <span key={task.id}>
                <Ltr>{formatDate(task.dueDate)}</Ltr> {task.clientName && `${task.clientName} · `}
                {task.title}
                <br />
              </span>
            ))}
          </Text>
        </Alert>
      )}
      {tasks && tasks.length >= LIMIT && (
        <Alert color="orange" mb="sm">
          {t('calendar.truncated', { count: LIMIT })}
        </Alert>
      )}
      {view === 'month' ? (
        <Paper withBorder>
          <MonthGrid
            month={month}
            today={today}
            byDay={byDay}
            reminders={reminders}
            committees={committees.byDay}
            locale={locale}
            onDay={(iso) => setParam({ view: 'agenda', day: iso, month: iso.slice(0, 7) })}
          />
        </Paper>
      ) : (
        <>
          {day && (
            <Group mb="sm" gap="sm">
              <Text size="sm">{t('calendar.oneDay')}</Text>
              <Button size="xs" variant="subtle" onClick={() => setParam({ day: null })}>
                {t('calendar.wholeMonth')}
              </Button>
            </Group>
          )}
          <AgendaList byDay={agendaDays} committees={committees.agenda} today={today} locale={locale} />
        </>
      )}
    </>
  );
}
