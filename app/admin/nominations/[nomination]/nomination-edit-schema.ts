// What a nomination's edit forms may submit, checked on the server before any handler runs: the wording,
// a film or person to add (by title or name) or remove (by id), and a status change with its date and its
// source URL or note (every status needs one). Blank optional fields are stored as null.
import { z } from 'zod';
import { blankOrAbsentAsNull, idSchema, wholeNumber } from '@/app/_lib/schema-fields';
import { requireSourceOrNote, statusEvidenceFields } from '@/app/_lib/status-evidence';
import { NOMINATION_STATUSES } from '@/db/schema';

const text = (max: number) => blankOrAbsentAsNull(z.string().trim().max(max, `At most ${max} characters.`));
const versioned = { nominationId: idSchema, expectedVersion: idSchema };

export const nominationDetailsSchema = z.object({
  ...versioned,
  displayName: text(300),
  detail: text(300),
  note: text(2000),
  citation: text(2000),
  position: wholeNumber('Give the position as a whole number.', (number) =>
    number.min(0, 'The position is 0 or more.').max(10_000, 'At most 10000.'),
  ),
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

export const nominationStatusSchema = z
  .object({
    ...versioned,
    to: z.enum(NOMINATION_STATUSES, { error: 'Choose the new status.' }),
    ...statusEvidenceFields,
  })
  .superRefine(requireSourceOrNote);

export const deleteNominationSchema = z.object({
  ...versioned,
  // Where to go afterwards: the results screen of the nomination's edition (an address on this site).
  returnTo: z.string().regex(/^\/admin\/results\/[^/?#\s]+\/[^/?#\s]+$/),
  confirm: z.literal('on', { error: 'Tick the box to confirm that this nomination should go.' }),
});
