// Timing and the results table. Every app figure stands beside the same operation done by hand with
// raw better-sqlite3 in the same run; the ratio is the app's cost over the raw cost. Targets are
// judged on wall time; the CPU columns say how much of it was the operation's own work.
import fs from 'node:fs';

/** Wall time, and the CPU time this process got meanwhile: on a shared machine the two part ways,
 * and the CPU time is close to what the operation takes on a core of its own. */
export interface Samples {
  wall: number[];
  cpu: number[];
}

export interface Quantiles {
  p50: number;
  p95: number;
  mean: number;
}

export interface Stats extends Quantiles {
  cpu: Quantiles;
}

function quantiles(samples: number[]): Quantiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p95: at(0.95), mean: sorted.reduce((a, b) => a + b, 0) / sorted.length };
}

export function stats(samples: Samples): Stats {
  return { ...quantiles(samples.wall), cpu: quantiles(samples.cpu) };
}

/** Milliseconds of CPU (user and system, every thread of this process) so far. */
function cpuNow(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

/** Milliseconds each call of `run` took, over every input, after a warm-up pass over the first few. */
export async function timeEach<T>(inputs: T[], run: (input: T) => unknown, warmUp = 20): Promise<Samples> {
  for (const input of inputs.slice(0, warmUp)) await run(input);
  const samples: Samples = { wall: [], cpu: [] };
  for (const input of inputs) {
    const start = performance.now();
    const cpu = cpuNow();
    await run(input);
    samples.cpu.push(cpuNow() - cpu);
    samples.wall.push(performance.now() - start);
  }
  return samples;
}

export interface Once {
  wall: number;
  cpu: number;
}

/** Rows per second of wall time and per second of CPU time. */
export function rate(rows: number, took: Once): Once {
  return { wall: rows / (took.wall / 1000), cpu: rows / (took.cpu / 1000) };
}

/**
 * CPU ms of this process's main thread alone (Linux: /proc/self/task/<pid>/stat, utime + stime in
 * clock ticks of 10 ms); null elsewhere. process.cpuUsage counts the worker threads too.
 */
export function mainThreadCpu(): number | null {
  try {
    const stat = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

export async function timeOnce(run: () => unknown): Promise<Once> {
  const start = performance.now();
  const cpu = cpuNow();
  await run();
  return { cpu: cpuNow() - cpu, wall: performance.now() - start };
}

export interface Row {
  operation: string;
  unit: 'ms' | 's' | 'rows/s';
  /** Null where the app has no such operation yet. */
  app: number | null;
  /** Null where there is nothing to compare with. */
  raw: number | null;
  /** The same figures in CPU time (see Samples), where measured. */
  appCpu?: number | null;
  rawCpu?: number | null;
  target: string;
  /** Null: a figure reported for information, with no target of its own. */
  pass: boolean | null;
}

/** App cost over raw cost: for rates the raw rate over the app's. */
export function ratio(row: Pick<Row, 'unit' | 'app' | 'raw'>): number | null {
  if (!row.raw || !row.app) return null;
  return row.unit === 'rows/s' ? row.raw / row.app : row.app / row.raw;
}

/** The rule for every operation: no more than 3× its raw baseline. */
export const WITHIN_3X = '≤ 3× raw';

export function withinRatio(row: Pick<Row, 'unit' | 'app' | 'raw'>, limit: number): boolean {
  const r = ratio(row);
  return r !== null && r <= limit;
}

function figure(value: number | null, unit: Row['unit']): string {
  if (value === null) return '—';
  if (unit === 'rows/s') return `${Math.round(value).toLocaleString('en-US')} rows/s`;
  return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ${unit}`;
}

const times = (r: number | null) => (r === null ? '—' : `${r.toFixed(2)}×`);

export function table(rows: Row[]): string {
  const cells = rows.map((row) => {
    const cpu = { unit: row.unit, app: row.appCpu ?? null, raw: row.rawCpu ?? null };
    return [
      row.operation,
      figure(row.app, row.unit),
      figure(row.raw, row.unit),
      times(ratio(row)),
      figure(cpu.app, row.unit),
      figure(cpu.raw, row.unit),
      times(ratio(cpu)),
      row.target,
      row.pass === null ? 'info' : row.pass ? 'PASS' : 'FAIL',
    ];
  });
  const header = ['operation', 'app', 'raw baseline', 'ratio', 'app CPU', 'raw CPU', 'CPU ratio', 'target', 'result'];
  const lines = [header, header.map(() => '---'), ...cells].map((line) => `| ${line.join(' | ')} |`);
  return lines.join('\n');
}
