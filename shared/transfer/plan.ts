// The dry run of an import: every row through the API's own schemas, plus what only the whole file
// or the office can tell (an ID twice in the file, an ID the office already has, a family row whose
// client is missing). Pure: the reader hands the cells over, the caller the office's keys.
import { fieldIssues } from '../api/validation';
import { normalizeIsraeliId } from '../identity/israeli-id';
import { errorMessage, fieldLabel, validationMessage, type FieldName } from '../locales/messages';
import type { ClientFields } from '../schemas/client';
import { sheetKinds, type ImportProblem, type ImportSource, type SheetKind } from '../schemas/transfer';
import { fromCell, text, type Cell } from './cells';
import { CLIENT_KEY, columnForHeader, sheetColumns, sheetSchemas, type Column } from './layout';

export interface SheetRows {
  kind: SheetKind;
  /** The worksheet's or the CSV file's name. */
  name: string;
  header: Cell[];
  /** Non-empty rows with their row number in the file (header = 1). */
  rows: { row: number; cells: Cell[] }[];
}

export interface ImportBook {
  sheets: SheetRows[];
  /** What the reader itself could not make sense of (a CSV quote left open). */
  problems: ImportProblem[];
}

/** The office's ID and file numbers, deleted clients included: the unique indexes cover them too. */
export interface OfficeKeys {
  idNumbers: ReadonlySet<string>;
  fileNumbers: ReadonlySet<string>;
}

export type FamilyRow = Omit<(typeof sheetSchemas.family)['_output'], typeof CLIENT_KEY>;
export type IncomeRow = Omit<(typeof sheetSchemas.incomes)['_output'], typeof CLIENT_KEY>;

export interface ClientToImport {
  row: number;
  fields: ClientFields;
  family: FamilyRow[];
  incomes: IncomeRow[];
}

export interface ImportPlan {
  sources: ImportSource[];
  /** Client rows in the file. */
  rows: number;
  clients: ClientToImport[];
  problems: ImportProblem[];
  /** Client rows skipped because the office already has their ID number. */
  skipped: ImportProblem[];
}

/**
 * Told of each client, family row and income row as it passes, while the plan goes on: the import
 * writes them on one thread while the file is checked on another. A problem found later still fails
 * the whole plan, so whoever listens writes inside a transaction it can take back.
 */
export interface PlanListener {
  client(entry: ClientToImport): void;
  family(clientRow: number, member: FamilyRow): void;
  income(clientRow: number, income: IncomeRow): void;
}

/** The cells that say whose a row is, for the user to recognise it. */
const LABEL_FIELDS: Record<SheetKind, string[]> = {
  clients: ['firstNameHe', 'lastNameHe'],
  family: ['firstName', CLIENT_KEY],
  incomes: [CLIENT_KEY, 'month'],
};

function problem(sheet: SheetKind, row: number, field: string, message: string): ImportProblem {
  return { sheet, row, field, fieldLabel: fieldLabel(field), message };
}

/** A, B, … Z, AA, AB…: the column as Excel names it. */
function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Header cells → the column each data cell belongs to (null: a blank header, ignored). */
function resolveHeader(sheet: SheetRows, problems: ImportProblem[]): (Column | null)[] | null {
  const seen = new Set<string>();
  const before = problems.length;
  const columns = sheet.header.map((cell, index) => {
    const header = cell === null ? '' : String(cell).trim();
    if (header === '') return null;
    const column = columnForHeader(sheet.kind, header);
    // Named by place, never by content: an unknown header may be anything the file holds.
    const letter = columnLetter(index);
    if (!column)
      problems.push({
        ...problem(sheet.kind, 1, 'column', validationMessage('unknownColumn', { number: index + 1, letter })),
        fieldLabel: `${fieldLabel('column')} ${letter}`,
      });
    else if (seen.has(column.field))
      problems.push(problem(sheet.kind, 1, column.field, validationMessage('repeatedColumn', { field: column.field })));
    else seen.add(column.field);
    return column ?? null;
  });
  for (const column of sheetColumns[sheet.kind]) {
    if (column.required && !seen.has(column.field))
      problems.push(problem(sheet.kind, 1, column.field, validationMessage('missingColumn', { field: column.field })));
  }
  return problems.length === before ? columns : null;
}

interface ParsedRow<T> {
  input: Record<string, unknown>;
  /** Field → the cell's text, as the user would fix it. */
  cells: Map<string, string>;
  /** Field → Hebrew reason; the first reason per field wins. */
  issues: Map<string, string>;
  data: T | null;
}

/** One row through the cell readers and then the sheet's own schema. */
function parseRow<K extends SheetKind>(
  kind: K,
  columns: (Column | null)[],
  cells: Cell[],
): ParsedRow<(typeof sheetSchemas)[K]['_output']> {
  const input: Record<string, unknown> = {};
  const texts = new Map<string, string>();
  const issues = new Map<string, string>();
  columns.forEach((column, i) => {
    if (!column) return;
    const cell = cells[i] ?? null;
    if (cell !== null) texts.set(column.field, text(cell));
    const coerced = fromCell(column, cell);
    if ('problem' in coerced) {
      issues.set(column.field, coerced.problem);
      input[column.field] = coerced.raw;
    } else if (coerced.value !== undefined) input[column.field] = coerced.value;
  });
  const result = sheetSchemas[kind].safeParse(input);
  if (!result.success)
    for (const issue of fieldIssues(result.error)) if (!issues.has(issue.field)) issues.set(issue.field, issue.message);
  return { input, cells: texts, issues, data: result.success && issues.size === 0 ? result.data : null };
}

/** A field's value when that field passed, whatever the rest of the row: the file-wide checks need it. */
function passed(parsed: ParsedRow<unknown>, field: FieldName): string | null {
  const value = parsed.input[field];
  return parsed.issues.has(field) || value === undefined ? null : String(value);
}

/** The normalized ID of a row whose ID field passed, else null. */
function idOf(parsed: ParsedRow<unknown>, field: FieldName): string | null {
  const id = passed(parsed, field);
  return id === null ? null : normalizeIsraeliId(id);
}

function withoutKey<T extends { [CLIENT_KEY]: string }>(data: T): Omit<T, typeof CLIENT_KEY> {
  const { [CLIENT_KEY]: _key, ...rest } = data;
  return rest;
}

class Planner {
  readonly plan: ImportPlan;
  /** Client ID → its planned entry, or null when its row has problems. */
  private readonly byId = new Map<string, ClientToImport | null>();
  private readonly skippedIds = new Set<string>();
  private readonly firstRow = new Map<string, number>();

  constructor(
    private readonly office: OfficeKeys,
    problems: ImportProblem[],
    private readonly listener: PlanListener | null,
  ) {
    this.plan = { sources: [], rows: 0, clients: [], problems: [...problems], skipped: [] };
  }

  sheet(sheet: SheetRows): void {
    this.plan.sources.push({ sheet: sheet.kind, name: sheet.name, rows: sheet.rows.length });
    if (sheet.kind === 'clients') this.plan.rows += sheet.rows.length;
    // A sheet without data rows (an unused family sheet, say) imports nothing; its header does not matter.
    const columns = sheet.rows.length > 0 ? resolveHeader(sheet, this.plan.problems) : null;
    if (columns) for (const { row, cells } of sheet.rows) this.row(sheet.kind, row, columns, cells);
  }

  private row(kind: SheetKind, row: number, columns: (Column | null)[], cells: Cell[]): void {
    if (kind === 'clients') this.client(row, parseRow(kind, columns, cells));
    else if (kind === 'family') this.familyMember(row, parseRow(kind, columns, cells));
    else this.income(row, parseRow(kind, columns, cells));
  }

  /** Remembers the first row of a key; a later row with the same key gets a reason naming it. */
  private once(
    key: string,
    row: number,
    issues: Map<string, string>,
    field: string,
    message: (first: number) => string,
  ): void {
    const first = this.firstRow.get(key);
    if (first === undefined) this.firstRow.set(key, row);
    else if (!issues.has(field)) issues.set(field, message(first));
  }

  private client(row: number, parsed: ParsedRow<ClientFields>): void {
    const id = idOf(parsed, 'idNumber');
    if (id && this.office.idNumbers.has(id)) {
      this.skippedIds.add(id);
      this.plan.skipped.push(problem('clients', row, 'idNumber', validationMessage('alreadyInOffice')));
      return;
    }
    const { issues } = parsed;
    if (id)
      this.once(`id|${id}`, row, issues, 'idNumber', (first) =>
        validationMessage('duplicateInFile', { field: 'idNumber', row: first }),
      );
    const fileNumber = passed(parsed, 'fileNumber');
    if (fileNumber) {
      if (this.office.fileNumbers.has(fileNumber)) issues.set('fileNumber', errorMessage('duplicateFileNumber'));
      this.once(`file|${fileNumber}`, row, issues, 'fileNumber', (first) =>
        validationMessage('duplicateInFile', { field: 'fileNumber', row: first }),
      );
    }
    const entry = parsed.data && issues.size === 0 ? { row, fields: parsed.data, family: [], incomes: [] } : null;
    if (entry) {
      this.plan.clients.push(entry);
      this.listener?.client(entry);
    } else this.report('clients', row, parsed);
    if (id && !this.byId.has(id)) this.byId.set(id, entry);
  }

  private familyMember(row: number, parsed: ParsedRow<(typeof sheetSchemas)['family']['_output']>): void {
    const client = this.owner('family', row, parsed);
    if (!client || !parsed.data) return;
    const member = withoutKey(parsed.data);
    client.family.push(member);
    this.listener?.family(client.row, member);
  }

  private income(row: number, parsed: ParsedRow<(typeof sheetSchemas)['incomes']['_output']>): void {
    const { data } = parsed;
    if (data)
      this.once(`income|${data[CLIENT_KEY]}|${data.month}|${data.source}`, row, parsed.issues, 'month', (first) =>
        validationMessage('duplicateIncomeInFile', { row: first }),
      );
    const client = this.owner('incomes', row, parsed);
    if (!client || !data) return;
    const income = withoutKey(data);
    client.incomes.push(income);
    this.listener?.income(client.row, income);
  }

  /**
   * The client a family or income row goes with. Null when the row is skipped with its client, has
   * problems (reported here), or its client's row has problems (reported there).
   */
  private owner(kind: SheetKind, row: number, parsed: ParsedRow<unknown>): ClientToImport | null {
    const id = idOf(parsed, CLIENT_KEY);
    if (id && this.skippedIds.has(id)) return null;
    const client = id ? this.byId.get(id) : undefined;
    if (id && client === undefined) parsed.issues.set(CLIENT_KEY, validationMessage('importNoClient'));
    if (parsed.issues.size > 0) {
      this.report(kind, row, parsed);
      return null;
    }
    return client ?? null;
  }

  /** The row's reasons in the sheet's column order. */
  private report(kind: SheetKind, row: number, { issues, cells }: ParsedRow<unknown>): void {
    const order = sheetColumns[kind].map((column) => column.field as string);
    const at = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
    const sorted = [...issues].sort(([a], [b]) => at(a) - at(b));
    const rowLabel = LABEL_FIELDS[kind]
      .map((field) => cells.get(field) ?? '')
      .join(' ')
      .trim();
    for (const [field, message] of sorted)
      this.plan.problems.push({ ...problem(kind, row, field, message), value: cells.get(field) ?? '', rowLabel });
  }
}

/** Checks every row of every sheet; clients first, since family and income rows refer to them. */
export function planImport(book: ImportBook, office: OfficeKeys, listener: PlanListener | null = null): ImportPlan {
  const sheets = [...book.sheets].sort((a, b) => sheetKinds.indexOf(a.kind) - sheetKinds.indexOf(b.kind));
  const planner = new Planner(office, book.problems, listener);
  for (const sheet of sheets) planner.sheet(sheet);
  return planner.plan;
}
