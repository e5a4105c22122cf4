// The owner's view of sign-in locks and the way to lift one. A lock on a name no staff member has is
// listed without that name (it may be a mistyped password), so it cannot be lifted by name; it ends
// by itself after its minutes.
import { AppError } from '../../../shared/api/result';
import type { Lockout } from '../../../shared/api/contract';
import { findStaffByUsername } from '../../../db/repositories/staff';
import { audit } from '../context';
import type { Handlers } from '../handler';

export const lockoutHandlers: Handlers<'auth.lockouts' | 'auth.unlock'> = {
  'auth.lockouts': (call) =>
    call.throttle.locks().flatMap((lock): Lockout[] => {
      const lockedUntil = new Date(lock.lockedUntil).toISOString();
      if (lock.kind === 'address')
        return [{ kind: 'address', key: lock.key, fullName: null, failures: lock.failures, lockedUntil }];
      const member = findStaffByUsername(call.store.db, lock.key);
      if (!member || member.officeId !== call.session.officeId) return [];
      return [
        { kind: 'username', key: member.username, fullName: member.fullName, failures: lock.failures, lockedUntil },
      ];
    }),
  'auth.unlock': (call, input) => {
    const member = input.kind === 'username' ? findStaffByUsername(call.store.db, input.key) : undefined;
    if (input.kind === 'username' && member?.officeId !== call.session.officeId)
      throw new AppError('not_found', 'lockNotFound');
    if (!call.throttle.unlock(input.kind, input.key)) throw new AppError('not_found', 'lockNotFound');
    audit(call, {
      action: 'login_unlocked',
      entity: 'staff_member',
      entityId: member?.id ?? null,
      details: { kind: input.kind, key: input.key },
    });
    return null;
  },
};
