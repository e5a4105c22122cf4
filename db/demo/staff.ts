// The demo office and its people: the owner (username 'demo'), lawyers and clerks, about one lawyer per
// 4,000 clients and one clerk per 2,500, within an office of up to ~50 staff. Every demo account
// shares the owner's password hash, so any of them can sign in to show the role rules.
import { appendAudit } from '../repositories/audit';
import { insertOffice } from '../repositories/offices';
import { insertStaff } from '../repositories/staff';
import type { Db } from '../open';
import { addYears, stamp, workday } from './calendar';
import { givenNames, namePools, type Community } from './names';
import { landline, localities, pickStreet } from './places';
import type { Random } from './random';

export interface DemoStaff {
  ownerId: number;
  /** The owner is a lawyer too. */
  lawyers: number[];
  clerks: number[];
}

export const DEMO_USERNAME = 'demo';
/** Hashed by the caller (main/), which owns password hashing. */
export const DEMO_PASSWORD = 'demo-password';

function fullName(random: Random): string {
  const community: Community = random.chance(0.75) ? 'jewish' : 'arab';
  const sex = random.chance(0.5) ? 'male' : 'female';
  return `${random.pick(givenNames(community, sex)).he} ${random.pick(namePools[community].family).he}`;
}

export function createDemoOffice(
  db: Db,
  random: Random,
  options: { clients: number; asOf: number; passwordHash: string },
): { officeId: number; staff: DemoStaff } {
  const founded = workday(addYears(options.asOf, -9));
  const at = stamp(random, founded);
  const town = localities[0]!;
  const partners = random.some(namePools.jewish.family, 2).map((n) => n.he);
  const office = insertOffice(db, {
    name: `משרד עורכי דין ${partners.join(' ו')} ושות׳`,
    address: `${pickStreet(random, town)} ${random.int(1, 60)}, ${town.name}`,
    phone: landline(random, town),
    createdAt: at,
    updatedAt: at,
  });

  const members: { role: 'owner' | 'lawyer' | 'staff'; username: string }[] = [
    { role: 'owner', username: DEMO_USERNAME },
  ];
  const lawyers = Math.min(20, Math.max(1, Math.ceil(options.clients / 4000)));
  const clerks = Math.min(29, Math.max(1, Math.ceil(options.clients / 2500)));
  for (let n = 1; n < lawyers; n++) members.push({ role: 'lawyer', username: `${DEMO_USERNAME}.lawyer${n}` });
  for (let n = 1; n <= clerks; n++) members.push({ role: 'staff', username: `${DEMO_USERNAME}.clerk${n}` });

  const staff: DemoStaff = { ownerId: 0, lawyers: [], clerks: [] };
  for (const member of members) {
    const row = insertStaff(db, {
      officeId: office.id,
      fullName: fullName(random),
      licenseNumber: member.role === 'staff' ? null : String(random.int(10000, 99999)),
      username: member.username,
      role: member.role,
      passwordHash: options.passwordHash,
      createdAt: at,
      updatedAt: at,
      createdBy: staff.ownerId || null,
    });
    if (member.role === 'owner') staff.ownerId = row.id;
    (member.role === 'staff' ? staff.clerks : staff.lawyers).push(row.id);
  }

  const who = { at, officeId: office.id, staffId: staff.ownerId, action: 'create' };
  appendAudit(db, { ...who, entity: 'office', entityId: office.id, details: { name: office.name } });
  for (const id of [...staff.lawyers, ...staff.clerks])
    appendAudit(db, { ...who, entity: 'staff_member', entityId: id });
  return { officeId: office.id, staff };
}
