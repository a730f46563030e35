// The fields a status change carries on every form that gives one (a nomination's edit page, the paste
// screen): when it happened, and why it is believed, a source URL or a note, as every status needs.
import { z } from 'zod';
import { isRealDate, isStillAhead } from '@/db/rules/dates';
import { blankOrAbsentAsNull } from './schema-fields';

const text = (max: number) => blankOrAbsentAsNull(z.string().trim().max(max, `At most ${max} characters.`));

export const statusEvidenceFields = {
  occurredOn: blankOrAbsentAsNull(
    z
      .string()
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'Give the date as YYYY-MM-DD.')
      .refine(isRealDate, 'No such date.')
      .refine(
        (day) => !isRealDate(day) || !isStillAhead(day),
        'This date is still to come: a status records what has happened.',
      ),
  ),
  sourceUrl: blankOrAbsentAsNull(
    z
      .url({ protocol: /^https?$/, error: 'Give the full address, starting with https://.' })
      .trim()
      .max(2000, 'At most 2000 characters.'),
  ),
  sourceTitle: text(300),
  sourcePublisher: text(200),
  note: text(2000),
};

/** For superRefine: a status needs a source URL or a note, and the message goes beside the URL field. */
export function requireSourceOrNote(input: { sourceUrl: string | null; note: string | null }, ctx: z.RefinementCtx) {
  if (!input.sourceUrl && !input.note) {
    ctx.addIssue({
      code: 'custom',
      path: ['sourceUrl'],
      message: 'Give a source URL or a note: every status needs one.',
    });
  }
}
