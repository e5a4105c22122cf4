// The figures of a load run: per procedure the calls, p50/p95/p99 of the time each took as the desk
// saw it (busy waits included), errors and busy answers; per class (reads, writes, papers and
// exports) the same against the targets — p95 ≤ 100 ms for reads, ≤ 250 ms for writes.

export type CallClass = 'read' | 'write' | 'render';

const WRITE = /\.(create|update|delete|transition|complete|decide|setHandler|sign|revoke|import|importUndo)$/;
/** Drawing a paper (Chromium renders a PDF) and exporting a list write files: no target of their own. */
const RENDER = new Set(['paperwork.preview', 'paperwork.export', 'clients.export']);

export function classOf(procedure: string): CallClass {
  if (RENDER.has(procedure)) return 'render';
  return WRITE.test(procedure) ? 'write' : 'read';
}

const TARGET_P95: Record<CallClass, number | null> = { read: 100, write: 250, render: null };

interface Samples {
  ms: number[];
  errors: number;
  busy: number;
}

export interface Percentiles {
  count: number;
  p50: number;
  p95: number;
  p99: number;
}

export function percentiles(values: number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest rank: the smallest value with at least q of the samples at or below it.
  const at = (q: number) => (sorted.length === 0 ? 0 : sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!);
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

export class Recorder {
  private readonly byProcedure = new Map<string, Samples>();
  readonly errorSamples: string[] = [];

  private samples(procedure: string): Samples {
    let samples = this.byProcedure.get(procedure);
    if (!samples) this.byProcedure.set(procedure, (samples = { ms: [], errors: 0, busy: 0 }));
    return samples;
  }

  /** A call that answered; `error` when the answer was an error the desk did not expect. */
  add(procedure: string, ms: number, busy: number, error?: string): void {
    const samples = this.samples(procedure);
    samples.ms.push(ms);
    samples.busy += busy;
    if (error !== undefined) {
      samples.errors++;
      if (this.errorSamples.length < 20) this.errorSamples.push(`${procedure}: ${error}`);
    }
  }

  get calls(): number {
    return [...this.byProcedure.values()].reduce((sum, s) => sum + s.ms.length, 0);
  }

  get errors(): number {
    return [...this.byProcedure.values()].reduce((sum, s) => sum + s.errors, 0);
  }

  get busy(): number {
    return [...this.byProcedure.values()].reduce((sum, s) => sum + s.busy, 0);
  }

  /** Each class's percentiles over all its calls. */
  classes(): Record<CallClass, Percentiles> {
    const all: Record<CallClass, number[]> = { read: [], write: [], render: [] };
    for (const [procedure, samples] of this.byProcedure) all[classOf(procedure)].push(...samples.ms);
    return { read: percentiles(all.read), write: percentiles(all.write), render: percentiles(all.render) };
  }

  /** Reads and writes within their p95 targets. */
  meetsTargets(): boolean {
    const classes = this.classes();
    return (['read', 'write'] as const).every((c) => classes[c].count === 0 || classes[c].p95 <= TARGET_P95[c]!);
  }

  table(): string {
    const ms = (value: number) => value.toFixed(1);
    const header =
      '| procedure | class | calls | p50 ms | p95 ms | p99 ms | errors | busy |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |';
    const rows = [...this.byProcedure.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([procedure, s]) => {
        const p = percentiles(s.ms);
        return `| ${procedure} | ${classOf(procedure)} | ${p.count} | ${ms(p.p50)} | ${ms(p.p95)} | ${ms(p.p99)} | ${s.errors} | ${s.busy} |`;
      });
    const classes = this.classes();
    const totals = (['read', 'write', 'render'] as const).map((c) => {
      const p = classes[c];
      const target = TARGET_P95[c];
      const verdict =
        target === null ? 'no target' : p.p95 <= target ? `PASS (p95 ≤ ${target})` : `FAIL (p95 > ${target})`;
      return `| **all ${c}s** | ${verdict} | ${p.count} | ${ms(p.p50)} | ${ms(p.p95)} | ${ms(p.p99)} | | |`;
    });
    return [header, ...rows, ...totals].join('\n');
  }
}
