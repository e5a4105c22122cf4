// Every write the server said succeeded, as the desks were told: which record, the version it got and
// what was written. After the run each record is read back and must show the last of them — a write
// answered "ok" and not in the store is a lost write. A stale-version answer is a conflict only
// where another desk had written that record meanwhile; any other counts as an error.

export type Kind = 'client' | 'note' | 'task' | 'claim';

export interface Write {
  kind: Kind;
  id: number;
  /** The client the record belongs to (notes and tasks are read back per client). */
  clientId: number;
  version: number;
  /** What the record must show: the street written, the note's body, the task's state, the claim's status. */
  value: string;
  desk: number;
}

export interface Verification {
  checked: number;
  lost: { write: Write; found: string }[];
}

const keyOf = (kind: Kind, id: number) => `${kind}:${id}`;

/** A stale-version answer: which record, the version the desk had read, and which desk. */
export interface Conflict {
  kind: Kind;
  id: number;
  readVersion: number;
  desk: number;
}

export class Ledger {
  private readonly byRecord = new Map<string, Write[]>();
  private readonly conflicts: Conflict[] = [];
  writes = 0;

  record(write: Write): void {
    this.writes++;
    const key = keyOf(write.kind, write.id);
    this.byRecord.set(key, [...(this.byRecord.get(key) ?? []), write]);
  }

  conflict(conflict: Conflict): void {
    this.conflicts.push(conflict);
  }

  /**
   * Conflicts where another desk's write moved the record past the version this desk had read, and
   * those with no such write. Judged after the run: the other desk's "ok" may arrive after the conflict.
   */
  judgeConflicts(): { explained: number; unexplained: Conflict[] } {
    const unexplained = this.conflicts.filter(
      (c) =>
        !(this.byRecord.get(keyOf(c.kind, c.id)) ?? []).some((w) => w.desk !== c.desk && w.version > c.readVersion),
    );
    return { explained: this.conflicts.length - unexplained.length, unexplained };
  }

  /** The newest write of each record. */
  newest(): Write[] {
    return [...this.byRecord.values()].map((writes) => writes.reduce((a, b) => (b.version > a.version ? b : a)));
  }
}

/** What the store holds for one record: its version and the value the ledger compares; null when it is gone. */
export type ReadBack = (write: Write) => Promise<{ version: number; value: string } | null>;

export async function verify(ledger: Ledger, read: ReadBack): Promise<Verification> {
  const lost: Verification['lost'] = [];
  const newest = ledger.newest();
  for (const write of newest) {
    const found = await read(write);
    if (!found || found.version !== write.version || found.value !== write.value) {
      lost.push({ write, found: found ? `version ${found.version}, ${found.value}` : 'missing' });
    }
  }
  return { checked: newest.length, lost };
}
