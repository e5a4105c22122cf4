// Signs in an extra staff member with the given role, for role-rule tests.
import type { Role } from '../../shared/schemas/staff';
import { insertStaff } from '../../db/repositories/staff';
import { hashPassword } from '../../main/services/passwords';
import type { TestApp } from './app';
import { signedIn } from './signed-in';

export async function logInAs(app: TestApp, role: Role, username = `${role}-user`): Promise<string> {
  insertStaff(app.store.db, {
    officeId: 1,
    fullName: `צוות ${role}`,
    username,
    role,
    passwordHash: await hashPassword('password-123'),
  });
  return signedIn(await app.call(null, 'auth.login', { username, password: 'password-123' })).token;
}
