// The January update without a release: the owner imports a parameter pack (dated values with their
// sources), checked against the publisher's Ed25519 key and every parameter's schema, recorded in the
// audit log, kept in the store and applied — from its own dates only — at every start, after a
// restore and right after the import. An unsigned or wrongly signed pack loads only on the owner's
// explicit override, which the audit log records as such.
import { AppError } from '../../shared/api/result';
import type { OutputOf, ParsedInputOf } from '../../shared/api/contract';
import type { PackInfo } from '../../shared/api/procedures/packs';
import { applyPack, clearPacks, readPack, type Pack } from '../../shared/rules/packs/pack';
import type { TrustedKey } from '../../shared/rules/packs/publisher-key';
import type { Db } from '../../db/open';
import { insertParameterPack, listParameterPacks, type ParameterPackRow } from '../../db/repositories/parameter-packs';
import { findStaff } from '../../db/repositories/staff';
import { audit, type Call } from './context';
import type { Handlers } from './handler';

/** The packs in force for each open store, by row: what applyStoredPacks checked and applied. */
const inForce = new WeakMap<Db, Map<number, Pack>>();

/**
 * Puts the store's packs over the built-in values, in import order. Each is checked again: a row
 * that claims a signature it does not carry (edited in the file) is left out and reported.
 */
export function applyStoredPacks(db: Db, trustedKeys: readonly TrustedKey[], log: (message: string) => void): void {
  clearPacks();
  const applied = new Map<number, Pack>();
  for (const row of listParameterPacks(db)) {
    const answer = readPack(row.text, { trustedKeys, acceptUnsigned: row.signedBy === null });
    if (!answer.ok) {
      log(`Parameter pack ${row.packId} (imported ${row.importedAt}) left out: ${answer.error.message}`);
      continue;
    }
    applyPack(answer.pack);
    applied.set(row.id, answer.pack);
  }
  inForce.set(db, applied);
}

function infoOf(db: Db, row: ParameterPackRow, pack: Pack): PackInfo {
  return {
    id: row.packId,
    title: row.title,
    issued: row.issued,
    signedBy: row.signedBy,
    values: pack.values.length,
    importedAt: row.importedAt,
    importedBy: findStaff(db, row.importedBy)?.fullName ?? null,
  };
}

/** The packs in force, as checked when the store opened or the pack was imported — not again per call. */
function list(call: Call): OutputOf<'packs.list'> {
  const applied = inForce.get(call.store.db) ?? new Map<number, Pack>();
  return listParameterPacks(call.store.db).flatMap((row) => {
    const pack = applied.get(row.id);
    return pack ? [{ ...infoOf(call.store.db, row, pack), text: row.text }] : [];
  });
}

function importPack(call: Call, input: ParsedInputOf<'packs.import'>): OutputOf<'packs.import'> {
  const answer = readPack(input.text, { trustedKeys: call.trustedPackKeys, acceptUnsigned: input.acceptUnsigned });
  if (!answer.ok) {
    audit(call, { action: 'pack_refused', entity: 'parameter_pack', details: { field: answer.error.field } });
    const error = new AppError('validation', 'packRefused', answer.error.field === 'signature' ? 'signature' : 'text');
    error.message = answer.error.message;
    throw error;
  }
  const { pack } = answer;
  const row = call.store.db.transaction(() => {
    const inserted = insertParameterPack(call.store.db, {
      packId: pack.id,
      title: pack.title,
      issued: pack.issued,
      signedBy: pack.signedBy,
      text: input.text,
      importedAt: call.now().toISOString(),
      importedBy: call.session.staffId,
    });
    audit(call, {
      action: pack.signedBy === null ? 'pack_import_unsigned' : 'pack_import',
      entity: 'parameter_pack',
      entityId: inserted.id,
      details: {
        pack: pack.id,
        title: pack.title,
        issued: pack.issued,
        signedBy: pack.signedBy,
        values: pack.values.length,
        firstFrom: pack.values.map((v) => v.value.from).sort()[0] ?? null,
      },
    });
    return inserted;
  });
  applyStoredPacks(call.store.db, call.trustedPackKeys, console.error);
  return infoOf(call.store.db, row, pack);
}

export const packHandlers: Handlers<'packs.list' | 'packs.import'> = {
  'packs.list': list,
  'packs.import': importPack,
};
