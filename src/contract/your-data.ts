/** Your data: the export zip, bringing an export into an empty account, deleting the account. */
import { z } from 'zod';

export {
  exportManifestSchema,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportManifest,
} from '../core/account/export-format';

/** The export itself: a zip, streamed; described here, never parsed as JSON. */
export const exportZip = z
  .string()
  .describe('a zip file (application/zip): manifest.json, one JSON file per table, activities/');

export const accountImportSchema = z.object({
  counts: z
    .record(z.string(), z.number().int().nonnegative())
    .describe('records brought in per file of the export (runs, checkins…), and activities: files'),
});
export type AccountImport = z.output<typeof accountImportSchema>;

export const deleteAccountBody = z.object({
  password: z.string().min(1, 'give your password to delete the account').max(1024),
});
export type DeleteAccountBody = z.input<typeof deleteAccountBody>;
