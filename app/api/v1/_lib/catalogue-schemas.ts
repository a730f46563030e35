// The shapes of the catalogue in the public API (awards, editions, films, people), registered for the
// OpenAPI document like the nomination shapes in schemas.ts, which they embed.
import { z } from 'zod';
import { AWARD_KINDS, PERSON_KINDS } from '@/db/schema';
import { filmRefSchema, named, nominationSchema, nullableDate } from './schemas';

export const awardSummarySchema = named(
  'AwardSummary',
  z.object({
    slug: z.string(),
    name: z.string(),
    kind: z.enum(AWARD_KINDS),
    organization: z.string().nullable(),
    editionCount: z.number().int(),
    firstYearLabel: z.string().nullable(),
    lastYear: z.number().int().nullable(),
  }),
);

export const awardSchema = named(
  'Award',
  z.object({
    slug: z.string(),
    name: z.string(),
    shortName: z.string().nullable(),
    kind: z.enum(AWARD_KINDS),
    description: z.string().nullable(),
    url: z.string().nullable(),
    organization: z.object({ name: z.string(), url: z.string().nullable() }).nullable(),
    categories: z.array(
      z.object({
        slug: z
          .string()
          .describe("The category's slug across the years: the nominations list's 'category' filter takes it."),
        name: z.string(),
        groupName: z.string().nullable(),
        isDocumentary: z.boolean(),
        editionCount: z.number().int(),
        firstYear: z.number().int().nullable(),
        lastYear: z.number().int().nullable(),
      }),
    ),
  }),
);

export const editionSummarySchema = named(
  'EditionSummary',
  z.object({
    slug: z.string(),
    name: z.string(),
    ordinal: z.number().int().nullable(),
    year: z.number().int().describe('The year of the work honoured.'),
    yearLabel: z.string().nullable(),
    submissionsDate: nullableDate,
    shortlistDate: nullableDate,
    nominationsDate: nullableDate,
    ceremonyDate: nullableDate,
    venue: z.string().nullable(),
    resultsComplete: z.boolean(),
  }),
);

export const editionSchema = named(
  'Edition',
  editionSummarySchema.extend({
    datesNote: z.string().nullable(),
    award: z.object({ slug: z.string(), name: z.string() }),
    categories: z.array(
      z.object({
        slug: z.string(),
        name: z.string(),
        description: z.string().nullable(),
        isDocumentary: z.boolean(),
        closedAt: z.string().nullable().describe('When the results of this category were declared final.'),
        nominations: z.array(nominationSchema),
      }),
    ),
  }),
);

export const filmSummarySchema = named(
  'FilmSummary',
  z.object({
    slug: z.string(),
    title: z.string(),
    year: z.number().int().nullable(),
    isDocumentary: z.boolean(),
    imdbId: z.string().nullable(),
  }),
);

const alias = z.object({ alias: z.string(), kind: z.string().nullable() });

export const filmSchema = named(
  'Film',
  filmSummarySchema.extend({
    originalTitle: z.string().nullable(),
    runtimeMinutes: z.number().int().nullable(),
    countries: z.array(z.string()).describe('ISO 3166-1 alpha-2 codes.'),
    synopsis: z.string().nullable(),
    wikidataId: z.string().nullable(),
    tmdbId: z.number().int().nullable(),
    aliases: z.array(alias),
    credits: z.array(
      z.object({
        role: z.string(),
        person: z.object({
          slug: z.string(),
          name: z.string(),
          kind: z.enum(PERSON_KINDS),
          imdbId: z.string().nullable(),
        }),
      }),
    ),
    nominations: z.array(nominationSchema).describe('In the order they were decided.'),
  }),
);

export const personSummarySchema = named(
  'PersonSummary',
  z.object({
    slug: z.string(),
    name: z.string(),
    kind: z.enum(PERSON_KINDS),
    imdbId: z.string().nullable(),
  }),
);

export const personSchema = named(
  'Person',
  personSummarySchema.extend({
    wikidataId: z.string().nullable(),
    tmdbId: z.number().int().nullable(),
    aliases: z.array(alias),
    credits: z.array(z.object({ role: z.string(), film: filmRefSchema })),
    nominations: z.array(nominationSchema).describe('In the order they were decided.'),
  }),
);
