// Timing and the results table. Every app figure stands beside the same operation done by hand with
// raw better-sqlite3 in the same run; the ratio is the app's cost over the raw cost.

export interface Stats {
  p50: number;
  p95: number;
  mean: number;
}

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p95: at(0.95), mean: sorted.reduce((a, b) => a + b, 0) / sorted.length };
}

/** Milliseconds each call of `run` took, over every input, after a warm-up pass over the first few. */
export async function timeEach<T>(inputs: T[], run: (input: T) => unknown, warmUp = 20): Promise<number[]> {
  for (const input of inputs.slice(0, warmUp)) await run(input);
  const samples: number[] = [];
  for (const input of inputs) {
    const start = performance.now();
    await run(input);
    samples.push(performance.now() - start);
  }
  return samples;
}

export async function timeOnce(run: () => unknown): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

export interface Row {
  operation: string;
  unit: 'ms' | 's' | 'rows/s';
  /** Null where the app has no such operation yet. */
  app: number | null;
  /** Null where there is nothing to compare with. */
  raw: number | null;
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

export function table(rows: Row[]): string {
  const cells = rows.map((row) => {
    const r = ratio(row);
    return [row.operation, figure(row.app, row.unit), figure(row.raw, row.unit), r === null ? '—' : `${r.toFixed(2)}×`, row.target, row.pass === null ? 'info' : row.pass ? 'PASS' : 'FAIL'];
  });
  const header = ['operation', 'app', 'raw baseline', 'ratio', 'target', 'result'];
  const lines = [header, header.map(() => '---'), ...cells].map((line) => `| ${line.join(' | ')} |`);
  return lines.join('\n');
}
