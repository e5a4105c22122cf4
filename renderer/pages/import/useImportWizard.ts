// The import wizard's state: the picked files (as bytes), the user's fixes and skips, the dry run that
// answers them, the import in chunks (so the screen shows progress, not a freeze) and its undo. The
// last import stays in the tab's session storage, so leaving for the client list and coming back still
// offers its undo.
import { useState } from 'react';
import type { ImportAmendments, ImportPreview, ImportProblem, ImportResult } from '../../../shared/schemas/transfer';
import { call } from '../../api/client';
import { fileToBase64 } from '../client-file/documents/fileBytes';

export interface Upload {
  name: string;
  contentBase64: string;
}

export interface Imported {
  batchId: number;
  imported: number;
  family: number;
  incomes: number;
  /** Why the import stopped before the end, if it did (what was written stays, and can be undone). */
  stopped: string | null;
  /** Clients the undo deleted, once undone. */
  undone: number | null;
}

export type Stage = 'file' | 'check' | 'import' | 'result';

/** Clients one call writes: about 0.2 s a call for 500 clients, so 3,000 show six steps of progress. */
const CHUNK = 500;
const LAST_KEY = 'mitzui.import.last';
const NO_ANSWERS: ImportAmendments = { fixes: [], skips: [] };

type RowRef = Pick<ImportProblem, 'sheet' | 'row'>;
const sameRow = (a: RowRef, b: RowRef) => a.sheet === b.sheet && a.row === b.row;

function addUp(before: Imported | null, chunk: ImportResult): Imported {
  return {
    batchId: chunk.batchId,
    imported: (before?.imported ?? 0) + chunk.imported,
    family: (before?.family ?? 0) + chunk.family,
    incomes: (before?.incomes ?? 0) + chunk.incomes,
    stopped: null,
    undone: null,
  };
}

function storedLast(): Imported | null {
  const text = sessionStorage.getItem(LAST_KEY);
  return text ? (JSON.parse(text) as Imported) : null;
}

export function useImportWizard() {
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [answers, setAnswers] = useState<ImportAmendments>(NO_ANSWERS);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [imported, setImportedState] = useState<Imported | null>(storedLast);

  const setImported = (next: Imported | null) => {
    if (next) sessionStorage.setItem(LAST_KEY, JSON.stringify(next));
    else sessionStorage.removeItem(LAST_KEY);
    setImportedState(next);
  };

  const check = async (files: Upload[], next: ImportAmendments) => {
    setBusy(true);
    setFailure(null);
    const reply = await call('clients.importPreview', { importFiles: files, amendments: next });
    setBusy(false);
    if (!reply.ok) return setFailure(reply.error.message);
    setUploads(files);
    setAnswers(next);
    setPreview(reply.value);
  };

  const choose = async (files: File[]) => {
    setImported(null);
    setPreview(null);
    setBusy(true);
    const picked = await Promise.all(
      files.map(async (file) => ({ name: file.name, contentBase64: await fileToBase64(file) })),
    );
    await check(picked, NO_ANSWERS);
  };

  /** New values for cells of one row, checked again with every other answer. */
  const fix = (row: RowRef, values: Record<string, string>) => {
    const others = answers.fixes.filter((f) => !(sameRow(f, row) && f.field in values));
    const fixes = Object.entries(values).map(([field, value]) => ({ ...row, field, value }));
    return check(uploads, { ...answers, fixes: [...others, ...fixes] });
  };
  const skip = (row: RowRef) =>
    check(uploads, { ...answers, skips: [...answers.skips, { sheet: row.sheet, row: row.row }] });
  const unskip = (row: RowRef) => check(uploads, { ...answers, skips: answers.skips.filter((s) => !sameRow(s, row)) });

  const run = async () => {
    const total = preview?.valid ?? 0;
    let done: Imported | null = null;
    setProgress({ done: 0, total });
    for (let remaining = total; remaining > 0;) {
      const reply = await call('clients.import', {
        importFiles: uploads,
        amendments: answers,
        confirm: true,
        limit: CHUNK,
        batchId: done?.batchId,
      });
      if (!reply.ok) {
        if (done) done = { ...done, stopped: reply.error.message };
        else setFailure(reply.error.message);
        break;
      }
      done = addUp(done, reply.value);
      remaining = reply.value.remaining;
      setProgress({ done: done.imported, total });
    }
    setProgress(null);
    if (done) setImported(done);
  };

  const undo = async () => {
    if (!imported) return;
    setFailure(null);
    const reply = await call('clients.importUndo', { batchId: imported.batchId });
    if (reply.ok) setImported({ ...imported, undone: reply.value.deleted });
    else setFailure(reply.error.message);
  };

  const restart = () => {
    setImported(null);
    setPreview(null);
    setUploads([]);
    setAnswers(NO_ANSWERS);
    setFailure(null);
  };

  const stage: Stage = progress ? 'import' : imported ? 'result' : preview ? 'check' : 'file';
  return {
    stage,
    uploads,
    answers,
    preview,
    busy,
    failure,
    progress,
    imported,
    choose,
    fix,
    skip,
    unskip,
    run,
    undo,
    restart,
  };
}

export type ImportWizard = ReturnType<typeof useImportWizard>;
