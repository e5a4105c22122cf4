// The slice's tables (handbook §5). Civil dates are ISO text, timestamps UTC ISO text; every table
// people edit carries version + created/updated columns. The full schema comes with the case store.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const nowUtc = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

const editable = {
  version: integer('version').notNull().default(1),
  createdAt: text('created_at').notNull().default(nowUtc),
  updatedAt: text('updated_at').notNull().default(nowUtc),
};

export const offices = sqliteTable(
  'office',
  {
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    address: text('address'),
    phone: text('phone'),
    ...editable,
  },
  (t) => [check('office_name_not_blank', sql`length(trim(${t.name})) > 0`)],
);

export const staff = sqliteTable(
  'staff_member',
  {
    id: integer('id').primaryKey(),
    officeId: integer('office_id')
      .notNull()
      .references(() => offices.id),
    fullName: text('full_name').notNull(),
    licenseNumber: text('license_number'),
    username: text('username').notNull(),
    role: text('role', { enum: ['owner', 'lawyer', 'staff'] }).notNull(),
    passwordHash: text('password_hash').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    ...editable,
    createdBy: integer('created_by'),
  },
  (t) => [
    uniqueIndex('staff_username_unique').on(t.username),
    check('staff_role_valid', sql`${t.role} in ('owner', 'lawyer', 'staff')`),
  ],
);

export const insuredPersons = sqliteTable(
  'insured_person',
  {
    id: integer('id').primaryKey(),
    officeId: integer('office_id')
      .notNull()
      .references(() => offices.id),
    idNumber: text('id_number').notNull(),
    firstNameHe: text('first_name_he').notNull(),
    lastNameHe: text('last_name_he').notNull(),
    firstNameLatin: text('first_name_latin'),
    lastNameLatin: text('last_name_latin'),
    birthDate: text('birth_date').notNull(),
    sex: text('sex', { enum: ['male', 'female'] }).notNull(),
    mobilePhone: text('mobile_phone'),
    email: text('email'),
    ...editable,
    createdBy: integer('created_by')
      .notNull()
      .references(() => staff.id),
    updatedBy: integer('updated_by')
      .notNull()
      .references(() => staff.id),
  },
  (t) => [
    uniqueIndex('insured_person_office_id_number_unique').on(t.officeId, t.idNumber),
    index('insured_person_last_name').on(t.officeId, t.lastNameHe, t.firstNameHe),
    check('insured_person_id_number_format', sql`length(${t.idNumber}) = 9 and ${t.idNumber} not glob '*[^0-9]*'`),
    check('insured_person_birth_date_iso', sql`${t.birthDate} glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'`),
    check('insured_person_sex_valid', sql`${t.sex} in ('male', 'female')`),
  ],
);

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey(),
    at: text('at').notNull().default(nowUtc),
    officeId: integer('office_id').references(() => offices.id),
    staffId: integer('staff_id').references(() => staff.id),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id'),
    details: text('details', { mode: 'json' }),
  },
  (t) => [index('audit_log_entity').on(t.entity, t.entityId), index('audit_log_at').on(t.at)],
);
