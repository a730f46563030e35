// The query parameters of the list endpoints, as zod schemas: the handlers parse with them and the
// OpenAPI document lists their fields, so the two cannot disagree.
import { z } from 'zod';
import { splitEditionAddress } from '@/db/queries/awards';
import { foldText } from '@/db/rules/text';
import { NOMINATION_STATUSES } from '@/db/schema';
import { pageQuerySchema } from './pagination';

/** Words to look for, as the site search reads them, described for the list they narrow. */
const searchWords = (description: string) =>
  z
    .string()
    .trim()
    .max(200)
    .refine((q) => q === '' || foldText(q) !== '', { message: 'q has no letter or digit to search for' })
    .optional()
    .describe(description);

export const filmQuerySchema = pageQuerySchema.extend({
  q: searchWords(
    'Only films with every word of this starting a word of their title, another name or year, in any order, as the site search finds them.',
  ),
});

export const personQuerySchema = pageQuerySchema.extend({
  q: searchWords(
    'Only people and companies with every word of this starting a word of their name or another name, in any order, as the site search finds them.',
  ),
});

const name = z.string().trim().min(1).max(200);
export const nominationQuerySchema = pageQuerySchema
  .extend({
    award: name.optional().describe('An award slug.'),
    edition: name
      .optional()
      .describe(
        "An edition slug of the award (or its year or ordinal); needs 'award', or names it first as the export does: AWARD/EDITION.",
      ),
    category: name
      .optional()
      .describe(
        "A category of the award across the years, by the slug /api/v1/awards/{award} lists (or one edition's slug for it); needs 'award'.",
      ),
    film: name.optional().describe('A film slug or IMDb id (tt…).'),
    person: name.optional().describe('A person slug or IMDb id (nm…, co…).'),
    status: z
      .enum(NOMINATION_STATUSES, { error: `must be one of ${NOMINATION_STATUSES.join(', ')}` })
      .optional()
      .describe('The current status.'),
  })
  .refine(
    (query) =>
      query.edition === undefined || query.award !== undefined || splitEditionAddress(query.edition) !== undefined,
    {
      path: ['edition'],
      message: "an edition is named within its award: add 'award', or give AWARD/EDITION",
    },
  )
  .refine((query) => query.category === undefined || query.award !== undefined, {
    path: ['category'],
    message: "a category is named within its award: add 'award'",
  });
