// What a nomination's edit forms may submit, checked on the server before any handler runs: the wording,
// a film or person to add (by title or name) or remove (by id), and a status change with its date and its
// source URL or note (every status needs one). Blank optional fields are stored as null.
import { z } from 'zod';
import { NOMINATION_STATUSES } from '@/db/schema';

const idSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** A blank or absent field as null, anything else through `schema`. */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (value) => (value === undefined || (typeof value === 'string' && value.trim() === '') ? null : value),
    schema.nullable(),
  );
}

const text = (max: number) => optional(z.string().trim().max(max, `At most ${max} characters.`));
const versioned = { nominationId: idSchema, expectedVersion: idSchema };

export const nominationDetailsSchema = z.object({
  ...versioned,
  displayName: text(300),
  detail: text(300),
  note: text(2000),
  citation: text(2000),
  position: z.coerce
    .number({ error: 'Give the position as a whole number.' })
    .int('Give the position as a whole number.')
    .min(0, 'The position is 0 or more.')
    .max(10_000, 'At most 10000.'),
});

export const nominationMemberSchema = z.discriminatedUnion('intent', [
  z.object({
    ...versioned,
    intent: z.literal('add-film'),
    filmTitle: z.string().trim().min(1, 'Type a film’s title.').max(320),
  }),
  z.object({
    ...versioned,
    intent: z.literal('add-person'),
    personName: z.string().trim().min(1, 'Type a name.').max(200),
  }),
  z.object({ ...versioned, intent: z.enum(['remove-film', 'remove-person']), memberId: idSchema }),
]);

const isRealDate = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
};

export const nominationStatusSchema = z
  .object({
    ...versioned,
    to: z.enum(NOMINATION_STATUSES, { error: 'Choose the new status.' }),
    occurredOn: optional(
      z
        .string()
        .trim()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'Give the date as YYYY-MM-DD.')
        .refine(isRealDate, 'No such date.'),
    ),
    sourceUrl: optional(
      z
        .url({ protocol: /^https?$/, error: 'Give the full address, starting with https://.' })
        .trim()
        .max(2000),
    ),
    sourceTitle: text(300),
    sourcePublisher: text(200),
    note: text(2000),
  })
  .superRefine((input, ctx) => {
    if (!input.sourceUrl && !input.note) {
      ctx.addIssue({
        code: 'custom',
        path: ['sourceUrl'],
        message: 'Give a source URL or a note: every status needs one.',
      });
    }
  });
