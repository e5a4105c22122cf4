// The file's tabs, each a sub-route (/clients/:id/<tab>), and which tab a rights-panel fact
// (`?focus=medical.incapacityPercent`) lives on.
import type { ProcedureName } from '../../../shared/api/contract';

export const fileTabs = [
  'summary',
  'details',
  'family',
  'work',
  'medical',
  'committees',
  'events',
  'representation',
  'fee',
  'claims',
  'payments',
  'documents',
  'tasks',
  'notes',
  'rights',
  'paperwork',
  'history',
] as const;
export type FileTab = (typeof fileTabs)[number];

/** A tab shown only to roles that may call this procedure. */
export const tabAccess: Partial<Record<FileTab, ProcedureName>> = { history: 'audit.client' };

const FACT_TABS: Record<string, FileTab> = {
  client: 'details',
  family: 'family',
  employment: 'work',
  incomes: 'work',
  medical: 'medical',
  events: 'events',
  representation: 'representation',
  consents: 'representation',
  fee: 'fee',
  fees: 'fee',
};

/**
 * A fact path as the rights panel names it: `<prefix>.<field>` or `<prefix>.<qualifier>.<field>`
 * (family.spouse.monthlyIncome: the spouse's row).
 */
export interface FocusFact {
  tab: FileTab;
  prefix: string;
  qualifier: string | null;
  field: string;
}

export function parseFact(fact: string | null): FocusFact | null {
  const parts = fact?.split('.') ?? [];
  const tab = FACT_TABS[parts[0] ?? ''];
  if (!tab || parts.length < 2 || parts.length > 3) return null;
  return { tab, prefix: parts[0]!, qualifier: parts.length === 3 ? parts[1]! : null, field: parts[parts.length - 1]! };
}
