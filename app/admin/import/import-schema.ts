// The import form as zod reads it: a preview posts a file or pasted text; the confirmation posts the text
// it was shown back, with the file's name, the plan's fingerprint and whether its revisions (results it
// would change or undo) are meant. Sizes are checked here, before any text is read, with the same cap the
// parser applies.
import { z } from 'zod';
import { tickedSchema } from '@/app/_lib/schema-fields';
import { FILE_TOO_LARGE, IMPORT_MAX_BYTES } from '@/db/queries/nomination-import-parse';

const MAX_MB = IMPORT_MAX_BYTES / 1024 / 1024;

const file = z
  .instanceof(File)
  .optional()
  .refine((value) => !value || value.size <= IMPORT_MAX_BYTES, FILE_TOO_LARGE);
const csv = z
  .string()
  .max(IMPORT_MAX_BYTES, `The text is longer than ${MAX_MB} MB.`)
  .optional()
  .transform((value) => value ?? '');

export const importSchema = z.discriminatedUnion('intent', [
  z
    .object({ intent: z.literal('preview'), file, csv })
    .refine((form) => !form.file || form.file.size > 0 || !form.file.name || form.csv.trim(), {
      message: 'The file chosen is empty: choose the CSV file again.',
      path: ['file'],
    })
    .refine((form) => (form.file && form.file.size > 0) || form.csv.trim() || form.file?.name, {
      message: 'Choose a CSV file or paste its text.',
      path: ['file'],
    }),
  z.object({
    intent: z.literal('apply'),
    csv: csv.refine((value) => value.trim(), 'The text to import is missing: preview the file again.'),
    fileName: z.string().trim().min(1).max(200),
    fingerprint: z.string().regex(/^[0-9a-f]{64}$/, 'Preview the file again before applying it.'),
    // Ticked: the rows that undo a result are meant (an unticked box sends nothing).
    undoResults: tickedSchema,
  }),
]);

export type ImportForm = z.infer<typeof importSchema>;

/** The name a note cites: the file's own name without folders, or "pasted text". */
export function fileNameOf(value: File | undefined): string {
  const name = value && value.size > 0 ? value.name.split(/[\\/]/).pop()?.trim() : '';
  return name ? name.slice(0, 200) : 'pasted text';
}
