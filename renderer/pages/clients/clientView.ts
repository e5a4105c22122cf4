// What the client list shows (search, filters, order), kept in the address (#/clients?q=…&benefit=…)
// so coming back from a client's file finds the list as it was left.
import { benefits, claimStatuses, consentProblems } from '../../../shared/domain/enums';
import { clientSortKeys, type ClientSortKey } from '../../../shared/schemas/client';
import type { ClientListFilters } from '../../../shared/schemas/client-list';

export interface ClientView extends ClientListFilters {
  query: string;
  sort?: ClientSortKey;
  direction: 'asc' | 'desc';
}

const PARAMS = {
  benefit: 'benefit',
  claimStatus: 'status',
  staffId: 'staff',
  consentProblem: 'consent',
  importBatchId: 'batch',
  sort: 'sort',
  direction: 'dir',
} as const;

function positiveInt(raw: string | null): number | undefined {
  const value = Number(raw);
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

function oneOf<T extends string>(values: readonly T[], raw: string | null): T | undefined {
  return values.find((v) => v === raw);
}

export function viewFromParams(params: URLSearchParams): ClientView {
  return {
    query: params.get('q') ?? '',
    benefit: oneOf(benefits, params.get(PARAMS.benefit)),
    claimStatus: oneOf(claimStatuses, params.get(PARAMS.claimStatus)),
    staffId: positiveInt(params.get(PARAMS.staffId)),
    consentProblem: oneOf(consentProblems, params.get(PARAMS.consentProblem)),
    importBatchId: positiveInt(params.get(PARAMS.importBatchId)),
    sort: oneOf(clientSortKeys, params.get(PARAMS.sort)),
    direction: params.get(PARAMS.direction) === 'desc' ? 'desc' : 'asc',
  };
}

export function paramsFromView(view: ClientView): Record<string, string> {
  const out: Record<string, string> = {};
  if (view.query) out.q = view.query;
  for (const key of Object.keys(PARAMS) as (keyof typeof PARAMS)[]) {
    const value = view[key];
    if (value !== undefined && !(key === 'direction' && value === 'asc')) out[PARAMS[key]] = String(value);
  }
  return out;
}

export const hasFilters = (filters: ClientListFilters) =>
  Boolean(filters.benefit || filters.claimStatus || filters.staffId || filters.consentProblem || filters.importBatchId);
