// A member changes their own password: the current one first, then the same rules as an owner's reset.
import { AppError } from '../../../shared/api/result';
import type { Handlers } from '../handler';
import { hashPassword, verifyPassword } from '../passwords';
import { assertUncommonPassword } from '../password-policy';
import { memberOf, storePassword } from '../staff';

export const changePasswordHandlers: Handlers<'auth.changePassword'> = {
  'auth.changePassword': async (call, input) => {
    const me = memberOf(call, call.session.staffId);
    if (!(await verifyPassword(input.currentPassword, me.passwordHash)))
      throw new AppError('validation', 'wrongPassword', 'currentPassword');
    assertUncommonPassword(input.newPassword, 'newPassword', [me.username, me.fullName]);
    return storePassword(call, me, await hashPassword(input.newPassword), 'change_password');
  },
};
