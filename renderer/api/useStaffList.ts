// The office's staff members, for pickers, filters and names: one cached list for every screen,
// asked again after a staff change made here (invalidateStaff) or on another desk (liveQueries).
import { useQuery } from '@tanstack/react-query';
import type { StaffMember } from '../../shared/schemas/staff';
import { apiQuery } from './apiQuery';
import { queryClient } from './queryClient';

const NONE: StaffMember[] = [];

/** After this desk added, edited or deactivated someone. */
export function invalidateStaff(): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: ['staff.list'] });
}

export function useStaffList(): StaffMember[] {
  // Names change seldom: the list is not asked again each time a screen opens.
  const { data } = useQuery({ ...apiQuery('staff.list', {}), staleTime: 5 * 60_000 });
  return data ?? NONE;
}
