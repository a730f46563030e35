// What the source forms may submit, checked on the server before any handler runs (app/_lib/action.ts).
// The fields themselves are the shared schema of db/queries/ingestion-source-fields.ts (the command line
// uses it too); a new source's kind may also be "detect" (the address is fetched once to tell). Also the
// enable/disable, preview and threshold forms, and the parsed form back as the strings its fields hold.
import { z } from 'zod';
import { idSchema } from '@/app/_lib/schema-fields';
import {
  editedSourceFieldsSchema,
  sourceFieldsSchema,
  sourceKindSchema,
  type SourceFields,
} from '@/db/queries/ingestion-source-fields';

export const createSourceSchema = sourceFieldsSchema.extend({
  kind: z.union([z.literal('detect'), sourceKindSchema], { error: 'Choose a kind, or let Laurels detect it.' }),
});

export const updateSourceSchema = editedSourceFieldsSchema.extend({ sourceId: idSchema, expectedVersion: idSchema });

export const sourceIdSchema = z.object({ sourceId: idSchema });

export const sourceEnabledSchema = z.object({
  sourceId: idSchema,
  enabled: z.enum(['true', 'false']).transform((value) => value === 'true'),
});

const THRESHOLD_MESSAGE = 'Give a number between 0 and 1, e.g. 0.85.';
export const thresholdSchema = z.object({
  // Only a number as written: coerced, a blank field would be 0, which applies every candidate unseen.
  threshold: z
    .string({ error: THRESHOLD_MESSAGE })
    .trim()
    .regex(/^(\d+(\.\d*)?|\.\d+)$/, THRESHOLD_MESSAGE)
    .transform(Number)
    .pipe(z.number().min(0, THRESHOLD_MESSAGE).max(1, THRESHOLD_MESSAGE)),
});

/** The parsed fields back as the strings the form holds, for a refusal that keeps what was typed. */
export function sourceFormValues(input: Omit<SourceFields, 'kind'> & { kind: string }): Record<string, string> {
  return {
    url: input.url,
    kind: input.kind,
    schedule: input.schedule,
    award: input.award ?? '',
    name: input.name ?? '',
  };
}
