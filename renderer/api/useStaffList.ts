// The office's staff members, for pickers, filters and names: one cached list for every screen,
// asked again after a staff change made here (invalidateStaff) or on another desk.
import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { StaffMember } from '../../shared/schemas/staff';
import { call } from './client';
import { queryClient } from './queryClient';
import { useChanges } from './useChanges';

const STAFF_KEY = ['staff.list'] as const;
const STAFF_LIVE = { kinds: ['staff'] } as const;
const NONE: StaffMember[] = [];

async function fetchStaff(): Promise<StaffMember[]> {
  const reply = await call('staff.list', {});
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value;
}

/** After this desk added, edited or deactivated someone. */
export function invalidateStaff(): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: STAFF_KEY });
}

export function useStaffList(): StaffMember[] {
  const { data } = useQuery({ queryKey: STAFF_KEY, queryFn: fetchStaff });
  const changed = useChanges(STAFF_LIVE);
  useEffect(() => {
    if (changed > 0) void invalidateStaff();
  }, [changed]);
  return data ?? NONE;
}
