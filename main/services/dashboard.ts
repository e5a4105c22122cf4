// dashboard.summary: the counts and short lists of db/repositories/dashboard. They run on a worker
// thread with its own read-only connection, so the app's thread keeps answering meanwhile.
import { addDays, format, parseISO } from 'date-fns';
import { DUE_SOON_DAYS } from '../../shared/api/procedures/dashboard';
import { todayInIsrael } from '../../shared/dates';
import { liveClientIdSpan, readDashboard } from '../../db/repositories/dashboard';
import { findOffice } from '../../db/repositories/offices';
import type { Handlers } from './handler';
import { findRun, unclaimedByCalculator } from '../../db/repositories/office-scan';
import { inboxWaiting } from '../../db/repositories/inbox';
import { readOffThread } from './read-off-thread';

export const dashboardHandlers: Handlers<'dashboard.summary'> = {
  'dashboard.summary': async (call) => {
    const { officeId } = call.session;
    const today = todayInIsrael(call.now());
    const soon = format(addDays(parseISO(today), DUE_SOON_DAYS - 1), 'yyyy-MM-dd');
    const reminderDays = findOffice(call.store.db, officeId)?.deadlineReminderDays ?? [];
    const reminder = format(addDays(parseISO(today), Math.max(DUE_SOON_DAYS - 1, ...reminderDays)), 'yyyy-MM-dd');
    const { deadlines, ...parts } = await readDashboard(
      officeId,
      { today, soon, reminder },
      liveClientIdSpan(call.store.db, officeId),
      (queries) => readOffThread(call.store.sqlite, queries),
    );
    // The latest scan and the inbox's waiting letters are a few indexed reads: here, on the store as it is now.
    const run = findRun(call.store.db, officeId);
    return {
      today,
      ...parts,
      deadlines: { ...deadlines, reminderDays },
      scan: { run, unclaimed: run ? unclaimedByCalculator(call.store.db, run.id) : [] },
      inbox: inboxWaiting(call.store.db, officeId),
    };
  },
};
