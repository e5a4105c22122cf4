// Unpacking a move package on the server, as an attacker might have made it: only the entries a
// package has (figures.json, keys.json, store.sqlite, documents/ab/<sha256>) are taken, each once,
// and they are written under names made here, never the entry's own — a "../" name, an absolute path
// or anything else refuses the whole package. Sizes are counted as the bytes inflate, not as the zip
// declares them, so a zip bomb stops at the limit. Everything lands in one fresh folder.
import fs from 'node:fs';
import path from 'node:path';
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { z } from 'zod';
import type { MoveFigures } from '../shared/schemas/move';
import { DOCUMENT_ENTRY, FIGURES_ENTRY, KEYS_ENTRY, STORE_ENTRY } from './move-package';
import { sealedKeysSchema, type SealedKeys } from './move-keys';

export type PackageRefusal = 'entry' | 'tooLarge' | 'incomplete' | 'format';

export class PackageRefusedError extends Error {
  constructor(
    readonly reason: PackageRefusal,
    readonly entry = '',
  ) {
    super(`Move package refused: ${reason} ${entry}`.trim());
  }
}

const SHA256 = /^[0-9a-f]{64}$/;
const JSON_LIMITS: Record<string, number> = { [FIGURES_ENTRY]: 64 * 1024 * 1024, [KEYS_ENTRY]: 64 * 1024 };

const figuresSchema = z.object({
  format: z.literal(1),
  schemaVersion: z.number().int().min(1),
  createdAt: z.string().max(40),
  office: z.string().max(500),
  tables: z.record(z.string().regex(/^[a-z_]{1,64}$/), z.number().int().min(0)),
  documents: z.array(z.object({ sha256: z.string().regex(SHA256), size: z.number().int().min(0) })),
  auditHead: z.object({ id: z.number().int().min(0), hash: z.string().regex(SHA256) }),
});

export interface Unpacked {
  /** The figures entry's exact bytes: the keys' seal vouches for them. */
  figuresBytes: Buffer;
  figures: MoveFigures;
  sealed: SealedKeys;
  store: string;
  /** The package's documents, laid out as a document pool (ab/<sha256>). */
  documents: string;
}

/** Where an entry goes inside the unpack folder, or null when a package has no such entry. */
function targetOf(name: string): string | null {
  if (name === FIGURES_ENTRY || name === KEYS_ENTRY || name === STORE_ENTRY) return name;
  const match = DOCUMENT_ENTRY.exec(name);
  if (!match || !match[2]!.startsWith(match[1]!)) return null;
  return path.join('documents', match[1]!, match[2]!);
}

function parsed<T>(schema: z.ZodType<T>, bytes: Buffer, entry: string): T {
  try {
    return schema.parse(JSON.parse(bytes.toString('utf8')));
  } catch {
    throw new PackageRefusedError('format', entry);
  }
}

/** Unpacks `file` into the empty folder `into`; throws PackageRefusedError, leaving the folder to the caller to remove. */
export async function unpackMovePackage(file: string, into: string, maxUnpackedBytes: number): Promise<Unpacked> {
  const open = new Map<string, number>();
  const whole = new Set<string>();
  let total = 0;
  let failure: Error | null = null;
  const fail = (error: Error) => {
    failure ??= error;
  };

  const take = (entry: UnzipFile) => {
    const target = targetOf(entry.name);
    if (!target || whole.has(target) || open.has(target) || (entry.compression !== 0 && entry.compression !== 8))
      return fail(new PackageRefusedError('entry', entry.name));
    const full = path.join(into, target);
    fs.mkdirSync(path.dirname(full), { recursive: true, mode: 0o700 });
    const fd = fs.openSync(full, 'wx', 0o600);
    open.set(target, fd);
    let size = 0;
    entry.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) return fail(new PackageRefusedError('format', entry.name));
      size += chunk.length;
      total += chunk.length;
      if (total > maxUnpackedBytes || size > (JSON_LIMITS[target] ?? Infinity)) {
        entry.terminate();
        return fail(new PackageRefusedError('tooLarge', entry.name));
      }
      fs.writeSync(fd, chunk);
      if (final) {
        fs.closeSync(fd);
        open.delete(target);
        whole.add(target);
      }
    };
    entry.start();
  };

  const unzip = new Unzip((entry) => {
    if (!failure) take(entry);
  });
  unzip.register(UnzipInflate);
  try {
    for await (const chunk of fs.createReadStream(file, { highWaterMark: 1024 * 1024 })) {
      unzip.push(chunk as Buffer);
      if (failure) break;
    }
    if (!failure) unzip.push(new Uint8Array(0), true);
  } catch {
    fail(new PackageRefusedError('format'));
  } finally {
    for (const fd of open.values()) fs.closeSync(fd);
  }
  if (failure) throw failure;
  if (open.size > 0 || ![FIGURES_ENTRY, KEYS_ENTRY, STORE_ENTRY].every((entry) => whole.has(entry)))
    throw new PackageRefusedError('incomplete');

  const figuresBytes = fs.readFileSync(path.join(into, FIGURES_ENTRY));
  return {
    figuresBytes,
    figures: parsed(figuresSchema, figuresBytes, FIGURES_ENTRY),
    sealed: parsed(sealedKeysSchema, fs.readFileSync(path.join(into, KEYS_ENTRY)), KEYS_ENTRY),
    store: path.join(into, STORE_ENTRY),
    documents: path.join(into, 'documents'),
  };
}
