// The representative who signs for the office: the signed-in lawyer, or, when a secretary does the
// work, the office's first licensed lawyer. Whether one is licensed sets the fee caps.
import { listStaff } from '../../db/repositories/staff';
import type { Call } from './context';

export type StaffMember = ReturnType<typeof listStaff>[number];

/** The office's active members, and the one who signs as its representative. */
export function signingLawyer(call: Call): { members: StaffMember[]; lawyer: StaffMember | undefined } {
  const members = listStaff(call.store.db, call.session.officeId).filter((s) => s.active);
  const me = members.find((s) => s.id === call.session.staffId);
  const lawyer = me && me.role !== 'staff' ? me : (members.find((s) => s.role !== 'staff' && s.licenseNumber) ?? me);
  return { members, lawyer };
}
