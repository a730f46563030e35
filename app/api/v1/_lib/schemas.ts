// The shapes of everything the public API answers, declared once: the handlers pass every body through
// these zod schemas (unknown keys are dropped, a wrong shape is a bug caught before it is sent), and
// openapi.ts turns the very same schemas into the OpenAPI document's components with z.toJSONSchema.
// This file: the registry, and nominations with their history and sources; catalogue-schemas.ts the rest.
import { z } from 'zod';
import { NOMINATION_STATUSES } from '@/db/schema';

/** The ids under which schemas appear in the OpenAPI document (components/schemas). */
export const apiRegistry = z.registry<{ id: string }>();

export function named<T extends z.ZodType>(id: string, schema: T): T {
  apiRegistry.add(schema, { id });
  return schema;
}

// SQLite's CHECK only globs these, so they are described by pattern rather than by the stricter 'date' format.
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('An ISO 8601 calendar date, YYYY-MM-DD.');
export const nullableDate = isoDate.nullable();
const status = z.enum(NOMINATION_STATUSES);

export const sourceSchema = named(
  'Source',
  z.object({
    id: z.number().int(),
    title: z.string().nullable(),
    url: z.string().nullable(),
    publisher: z.string().nullable(),
    publishedOn: nullableDate,
  }),
);

export const statusEventSchema = named(
  'StatusEvent',
  z.object({
    id: z.number().int(),
    fromStatus: status.nullable(),
    toStatus: status,
    occurredOn: nullableDate.describe('When the change happened in the world, when a source says so.'),
    recordedAt: z.string().describe('When Laurels recorded it (ISO 8601 timestamp, UTC).'),
    actor: z
      .object({
        kind: z.enum(['editor', 'seed', 'import', 'job', 'system']),
        name: z.string().nullable().describe('The importer or job, for those kinds; never a person.'),
      })
      .describe('Who recorded the change, by kind.'),
    note: z.string().nullable(),
    source: sourceSchema.nullable(),
    furtherSources: z.array(sourceSchema).describe('Later sources that reported the same status.'),
  }),
);

export const filmRefSchema = named(
  'FilmRef',
  z.object({ slug: z.string(), title: z.string(), year: z.number().int().nullable() }),
);
export const personRefSchema = named('PersonRef', z.object({ slug: z.string(), name: z.string() }));

export const nominationSchema = named(
  'Nomination',
  z.object({
    id: z.number().int(),
    status,
    displayName: z.string().nullable().describe('The nominee as the award wrote it.'),
    detail: z.string().nullable(),
    note: z.string().nullable(),
    citation: z.string().nullable(),
    award: z.object({ slug: z.string(), name: z.string() }),
    edition: z.object({
      slug: z.string(),
      name: z.string(),
      year: z.number().int(),
      yearLabel: z.string().nullable(),
      ceremonyDate: nullableDate,
    }),
    category: z.object({
      slug: z.string().describe('As the edition named the category.'),
      name: z.string(),
      canonical: z
        .object({ slug: z.string(), name: z.string() })
        .nullable()
        .describe("The category across the years (one award's renames of it are one), as the award lists it."),
    }),
    films: z.array(filmRefSchema),
    people: z.array(personRefSchema),
    history: z.array(statusEventSchema).describe('Every status the nomination has had, oldest first.'),
    sources: z.array(sourceSchema).describe('Every source the history cites, once each.'),
  }),
);
