// The office's staff members, for "handled by" filters and names (claims list, board, calendar).
import { useEffect, useState } from 'react';
import type { StaffMember } from '../../../shared/schemas/staff';
import { call } from '../../api/client';

export function useStaff(): StaffMember[] {
  const [staff, setStaff] = useState<StaffMember[]>([]);
  useEffect(() => {
    let current = true;
    void call('staff.list', {}).then((reply) => {
      if (current && reply.ok) setStaff(reply.value);
    });
    return () => {
      current = false;
    };
  }, []);
  return staff;
}
