// The file's header: who the client is (name, and in Arabic script when kept; ID, age, file number)
// and where their papers and deadlines stand, as coloured badges (red missing/overdue, amber
// soon, green active): the earliest overdue task, and the next running deadline — binding ones
// first — with the days left.
import { Group, Stack, Text, Title } from '@mantine/core';
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { useTranslation } from 'react-i18next';
import { ageOn, todayInIsrael } from '../../../shared/dates';
import { Ltr } from '../../components/Ltr';
import { formatDate } from '../../format';
import {
  nextDeadline,
  nextRunning,
  poaColor,
  poaState,
  urgency,
  urgencyColor,
  waiverColor,
  waiverState,
} from './fileState';
import { StatusBadge } from './StatusBadge';
import { useClientFile } from './useClientFile';

export function FileHeader() {
  const { t } = useTranslation();
  const { file } = useClientFile();
  const { client } = file;
  const today = todayInIsrael();
  const poa = poaState(file);
  const waiver = waiverState(file, today);
  const arabicName = [client.firstNameAr, client.lastNameAr].filter(Boolean).join(' ');
  const earliest = nextDeadline(file.tasks);
  const overdue = earliest && urgency(earliest.dueDate, today) === 'overdue' ? earliest : undefined;
  const running = nextRunning(file.tasks, today);

  return (
    <Stack gap={6} mb="md">
      <Group gap="md" align="baseline">
        <Title order={1} size="h2">
          {client.firstNameHe} {client.lastNameHe}
        </Title>
        {arabicName && (
          <Text size="lg" c="gray.7" lang="ar" dir="rtl" data-testid="arabic-name">
            {arabicName}
          </Text>
        )}
      </Group>
      <Group gap="lg" data-testid="file-header">
        <Text size="sm">
          {t('clientFile.header.id')} <Ltr>{client.idNumber}</Ltr>
        </Text>
        <Text size="sm">{t('clientFile.header.age', { age: ageOn(client.birthDate, today) })}</Text>
        {client.fileNumber && (
          <Text size="sm">
            {t('clientFile.header.fileNumber')} <Ltr>{client.fileNumber}</Ltr>
          </Text>
        )}
        <StatusBadge color={poaColor[poa]} data-testid="poa-badge">
          {t(`clientFile.header.poa.${poa}`)}
        </StatusBadge>
        <StatusBadge color={waiverColor[waiver]} data-testid="waiver-badge">
          {t(`clientFile.header.waiver.${waiver}`)}
        </StatusBadge>
        {overdue && (
          <StatusBadge color={urgencyColor.overdue} data-testid="deadline-badge">
            {t('clientFile.header.overdueDeadline')} <Ltr>{formatDate(overdue.dueDate)}</Ltr> · {overdue.title}
          </StatusBadge>
        )}
        {running && (
          <StatusBadge color={urgencyColor[urgency(running.dueDate, today)]} data-testid="running-deadline">
            {t(running.binding ? 'clientFile.header.bindingDeadline' : 'clientFile.header.nextDeadline')}{' '}
            <Ltr>{formatDate(running.dueDate)}</Ltr> ·{' '}
            {t('clientFile.header.daysLeft', {
              count: differenceInCalendarDays(parseISO(running.dueDate), parseISO(today)),
            })}{' '}
            · {running.binding ? running.title.split(' — ')[0] : running.title}
            {running.restDay && ` · ${t('clientFile.header.restDay', { name: running.restDay })}`}
          </StatusBadge>
        )}
        {!overdue && !running && (
          <Text size="sm" c="dimmed">
            {t('clientFile.header.noDeadline')}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
