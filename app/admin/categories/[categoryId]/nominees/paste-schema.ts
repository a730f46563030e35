// What the paste screen may submit, checked on the server before anything is matched or written: the
// list (bounded), the status to give (only the statuses a list of entries or nominees announces), when
// it happened, and why it is believed (a source URL or a note, as every status needs). The per-line picks
// arrive as `pick-<line>` fields and the confirmations as `confirm[]`; both are checked again against a
// fresh plan in db/queries/nominee-paste.ts, so a forged value can only be refused.
import { z } from 'zod';
import { idSchema } from '@/app/_lib/schema-fields';
import { requireSourceOrNote, statusEvidenceFields } from '@/app/_lib/status-evidence';
import { MAX_PASTE_LINES, PASTE_STATUSES } from '@/db/queries/nominee-paste-lines';

export const pasteNomineesSchema = z
  .object({
    categoryId: idSchema,
    intent: z.enum(['preview', 'add']),
    lines: z
      .string()
      .max(100_000, 'The list is too long: paste at most 200 lines at a time.')
      .refine((text) => text.trim() !== '', 'Paste at least one title, one a line.')
      .refine(
        (text) => text.split(/\r?\n/).filter((line) => line.trim()).length <= MAX_PASTE_LINES,
        `Paste at most ${MAX_PASTE_LINES} lines at a time.`,
      ),
    status: z.enum(PASTE_STATUSES, { error: 'Choose submitted, shortlisted or nominated.' }),
    ...statusEvidenceFields,
    confirm: z.array(z.string().max(400)).max(MAX_PASTE_LINES).default([]),
  })
  // The radio groups, one per line with several candidate films: `pick-<line number>` = a film id.
  .catchall(z.string().max(40))
  .superRefine(requireSourceOrNote);

export type PasteNomineesInput = z.infer<typeof pasteNomineesSchema>;

/** The picks among several films, by line number; anything not shaped like a pick is ignored. */
export function picksOf(input: Record<string, unknown>): Map<number, number> {
  const picks = new Map<number, number>();
  for (const [key, value] of Object.entries(input)) {
    const line = /^pick-(\d{1,4})$/.exec(key);
    if (line && typeof value === 'string' && /^\d{1,15}$/.test(value)) picks.set(Number(line[1]), Number(value));
  }
  return picks;
}
