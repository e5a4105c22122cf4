// Parameter packs: the January update of amounts without a new release. Everyone sees which packs are
// in force; only the owner imports one, and an unsigned or wrongly signed pack only with an explicit,
// audited override.
import { z } from 'zod';
import { everyone, owners, procedure } from '../procedure';
import { own } from '../validation';
import { validationMessage } from '../../locales/messages';

/** A full export of every parameter is about 200 kB; a January pack a few kB. */
export const MAX_PACK_BYTES = 2 * 1024 * 1024;

export interface PackInfo {
  id: string;
  title: string;
  issued: string;
  /** The publisher key that signed it, or null when the owner accepted it unsigned. */
  signedBy: string | null;
  values: number;
  importedAt: string;
  importedBy: string | null;
}

/** A pack in force, with its text, so that a desk's what-if can apply it as the server does. */
export interface PackInForce extends PackInfo {
  text: string;
}

export const packImportInput = z.object({
  text: z
    .string()
    .min(1, own(validationMessage('fileEmpty')))
    .max(MAX_PACK_BYTES, own(validationMessage('packTooLarge'))),
  /** The owner's explicit choice to load a pack whose signature does not check. */
  acceptUnsigned: z.boolean().default(false),
});

export const packProcedures = {
  'packs.list': procedure<PackInForce[]>()({ input: z.object({}), access: everyone }),
  'packs.import': procedure<PackInfo>()({
    input: packImportInput,
    access: owners,
    maxBodyBytes: MAX_PACK_BYTES + 64 * 1024,
    changes: 'office',
  }),
};
