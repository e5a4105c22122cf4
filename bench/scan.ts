// The whole-office rights scan ('scan.start' until its run is done): worker threads, one a core, read
// and scan every client while this thread writes the findings. Meanwhile a client file's header
// ('clients.get') is read every 20 ms, to show the app keeps answering. No raw baseline: nothing
// by hand does what the rules do.
import { setTimeout as sleep } from 'node:timers/promises';
import type { ScanRun } from '../shared/api/procedures/scan';
import type { BenchContext } from './context';
import { stats, timeOnce, type Row } from './timing';

export async function benchScan(ctx: BenchContext): Promise<Row[]> {
  const { call } = ctx;
  const probes = { wall: [] as number[], cpu: [] as number[] };
  let run: ScanRun | null = null;
  const took = await timeOnce(async () => {
    const started = (await call('scan.start', {})) as ScanRun;
    for (;;) {
      run = (await call('scan.status', { runId: started.id })) as ScanRun;
      if (run.status !== 'running') break;
      const id = ctx.random.int(1, ctx.clients);
      const probe = await timeOnce(() => call('clients.get', { id }));
      probes.wall.push(probe.wall);
      probes.cpu.push(probe.cpu);
      await sleep(20);
    }
  });
  const finished = run as ScanRun | null;
  if (finished?.status !== 'done') throw new Error(`the scan ended ${finished?.status ?? 'without a run'}`);
  const probe = stats(probes);
  const scanned = `${finished.processed.toLocaleString('en-US')} clients, ${(finished.eligible + finished.maybe).toLocaleString('en-US')} findings`;
  return [
    {
      operation: `whole-office rights scan on worker threads, one a core (${scanned})`,
      unit: 's',
      app: took.wall / 1000,
      raw: null,
      appCpu: took.cpu / 1000,
      target: '≤ 20 s',
      pass: took.wall <= 20_000,
    },
    {
      operation: `'clients.get' while the scan runs, p95 (${probes.wall.length} reads)`,
      unit: 'ms',
      app: probe.p95,
      raw: null,
      appCpu: probe.cpu.p95,
      target: '≤ 100 ms',
      pass: probe.p95 <= 100,
    },
  ];
}
