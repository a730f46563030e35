// The forms of the review queue, as zod validates them on the server: every decision names the
// candidate and the version the editor saw, so a stale click is refused instead of deciding twice.
import { z } from 'zod';
import { filmYearSchema, idSchema, tickedSchema } from '@/app/_lib/schema-fields';
import { CANDIDATE_STATUSES } from '@/db/schema';

export const decisionSchema = z.object({ candidateId: idSchema, expectedVersion: idSchema });

export const rejectSchema = decisionSchema.extend({
  note: z.string().trim().max(500, 'At most 500 characters.').optional(),
});

export const correctSchema = decisionSchema
  .extend({
    categoryId: z.coerce.number({ message: 'Pick the category.' }).int().positive({ message: 'Pick the category.' }),
    status: z.enum(CANDIDATE_STATUSES, { message: 'Pick the status.' }),
    filmTitle: z.string().trim().min(1, 'Give the film’s title.').max(300, 'At most 300 characters.'),
    filmYear: filmYearSchema,
    createFilm: tickedSchema,
    addAlias: tickedSchema,
  })
  // The film is made from these two fields alone: without its year it could not be told from a namesake.
  .refine((input) => !input.createFilm || input.filmYear !== null, {
    path: ['filmYear'],
    message: 'A new film needs its year: give the year of its release, such as 2016.',
  });

export const mergeSchema = decisionSchema.extend({
  filmTitle: z.string().trim().min(1, 'Give the title of the film it is.').max(300, 'At most 300 characters.'),
  filmYear: filmYearSchema,
});
