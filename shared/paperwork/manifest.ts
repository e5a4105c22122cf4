// What an exported upload package holds, as the manifest.json inside it and the API reply describe it.
import type { ChecklistItem } from './checklist';

export interface ManifestEntry {
  name: string;
  sha256: string;
  size: number;
  type: string;
  /** What it is, for the clerk: "טופס התביעה", "ייפוי כוח חתום", a document's original name… */
  description: string;
}

export interface Manifest {
  createdAt: string;
  client: { idNumber: string; name: string };
  claim: { id: number; benefit: string; form: string | null };
  files: ManifestEntry[];
  checklist: ChecklistItem[];
  warnings: string[];
  /** The office's audit log head (last row id and seal) when the package was made. */
  auditHead: { id: number; hash: string };
}
