// The upload package of one claim: its files, a manifest.json with every file's
// SHA-256, size and type, zipped with fflate (written atomically by storage/atomic-file.ts).
import { zipSync } from 'fflate';
import type { Manifest, ManifestEntry } from '../../shared/paperwork/manifest';
import { sha256Hex } from '../storage/document-files';

export interface PackageFile {
  name: string;
  bytes: Uint8Array;
  type: string;
  /** What it is, for the clerk: "טופס התביעה", "ייפוי כוח חתום", a document's original name… */
  description: string;
}

export function manifestEntry(file: PackageFile): ManifestEntry {
  return {
    name: file.name,
    sha256: sha256Hex(file.bytes),
    size: file.bytes.length,
    type: file.type,
    description: file.description,
  };
}

/** Files bigger than the portal takes get a warning naming the file and the limit. */
export function sizeWarnings(files: PackageFile[], limitBytes: number): string[] {
  const mb = (limitBytes / (1024 * 1024)).toLocaleString('he-IL', { maximumFractionDigits: 1 });
  return files
    .filter((f) => f.bytes.length > limitBytes)
    .map((f) => `הקובץ ${f.name} גדול מ-${mb} מגה-בייט — ייתכן שהפורטל לא יקבל אותו; כדאי לפצל או לכווץ אותו.`);
}

export function zipPackage(files: PackageFile[], manifest: Manifest): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const f of files) entries[f.name] = f.bytes;
  entries['manifest.json'] = new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);
  return zipSync(entries, { level: 6 });
}

/** `<ID>_<form>_<date>.pdf`, a name a clerk and the portal can read. */
export function packageFileName(idNumber: string, code: string, isoDate: string, ext = 'pdf'): string {
  return `${idNumber}_${code}_${isoDate}.${ext}`;
}
