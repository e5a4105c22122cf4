// The cost of encryption: the same benchmarks on the encrypted store and on a decrypted copy of it,
// opened side by side in this process; each row is the encrypted figure over the plain one.
import { Random } from '../db/demo/random';
import { openSignedIn } from './app';
import type { BenchContext } from './context';
import { workingCopy } from './store';
import type { Row } from './timing';

const TARGET = 1.3;

async function contextOf(cached: string, plain: boolean, clients: number, seed: number) {
  const work = workingCopy(cached, plain);
  const signed = await openSignedIn(work.dataDir);
  const { store } = signed.app;
  const ctx: BenchContext = {
    ...signed,
    db: store.db,
    sqlite: store.sqlite,
    officeId: signed.session.officeId,
    clients,
    random: new Random(seed),
  };
  return { ctx, close: () => (signed.app.close(), work.cleanup()) };
}

/** Runs `bench` on both stores and compares the app's figures row by row. */
export async function benchEncryption(
  cached: string,
  clients: number,
  seed: number,
  bench: (ctx: BenchContext) => Promise<Row[]>,
): Promise<Row[]> {
  const encrypted = await contextOf(cached, false, clients, seed);
  const plain = await contextOf(cached, true, clients, seed);
  try {
    const onEncrypted = await bench(encrypted.ctx);
    const onPlain = await bench(plain.ctx);
    return onEncrypted.map((row) => {
      // Names may carry the file's size, which differs between the two stores.
      const name = (operation: string) => operation.replace(/\(.*?\)/g, '');
      const base = onPlain.find((other) => name(other.operation) === name(row.operation))!;
      // rows/s: more is better, so the ratio is plain over encrypted.
      const ratio =
        row.app === null || base.app === null ? null : row.unit === 'rows/s' ? base.app / row.app : row.app / base.app;
      // CPU beside wall where the row has it: on a shared machine the wall time is mostly queueing.
      const cpu =
        row.appCpu !== undefined && base.appCpu !== undefined ? { appCpu: row.appCpu, rawCpu: base.appCpu } : {};
      return {
        operation: `${row.operation} — encrypted vs plain`,
        unit: row.unit,
        app: row.app,
        raw: base.app,
        ...cpu,
        target: `≤ ${TARGET}×`,
        pass: ratio === null ? null : ratio <= TARGET,
      };
    });
  } finally {
    encrypted.close();
    plain.close();
  }
}
