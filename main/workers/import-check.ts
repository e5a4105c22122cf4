// The check of an import file (shared/transfer/plan.ts, the dry run's own) on a thread of its own,
// handing over what passed in chunks while the app's thread writes the previous ones inside its
// transaction; the app takes it all back when the plan ends with problems.
import { workerData } from 'node:worker_threads';
import { planImport } from '../../shared/transfer/plan';
import type { CheckedItem, ImportCheckMessage, ImportCheckWork } from './import-check-messages';

/** Items per message: large enough that posting costs little, small enough that the writer starts soon. */
const CHUNK = 500;

const work = workerData as ImportCheckWork;
const posted = new Int32Array(work.posted);

function post(message: ImportCheckMessage): void {
  work.port.postMessage(message);
  // The app's thread waits on this counter (it cannot take messages while its transaction runs).
  Atomics.add(posted, 0, 1);
  Atomics.notify(posted, 0);
}

let items: CheckedItem[] = [];
function flush(): void {
  if (items.length > 0) post({ kind: 'passed', items });
  items = [];
}
const pass = (item: CheckedItem) => {
  items.push(item);
  if (items.length >= CHUNK) flush();
};

try {
  const plan = planImport(
    work.book,
    { idNumbers: new Set(work.idNumbers), fileNumbers: new Set(work.fileNumbers) },
    {
      client: ({ row, fields }) => pass({ kind: 'client', entry: { row, fields } }),
      family: (clientRow, member) => pass({ kind: 'family', clientRow, member }),
      income: (clientRow, income) => pass({ kind: 'income', clientRow, income }),
    },
  );
  flush();
  post({ kind: 'done', clients: plan.clients.length, problems: plan.problems.length, skipped: plan.skipped });
} catch (error) {
  post({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
}
