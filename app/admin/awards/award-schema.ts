// What the award forms may submit, checked on the server before any handler runs (app/_lib/action.ts).
// Blank optional fields are stored as null; the organization is "" (none), an id from the list, or "new"
// with a name typed beside it; aliases are one a line. Also turns the parsed input back into the strings
// the form holds, for a refusal that must keep what was typed.
import { z } from 'zod';
import { idSchema, nameText, optionalText } from '@/app/_lib/schema-fields';
import { trimmedName } from '@/db/rules/text';
import type { AwardFields } from '@/db/queries/award-edits';
import { AWARD_KINDS } from '@/db/schema';

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

const awardFieldsSchema = z.object({
  name: nameText('Give the award a name.', 200, 'Keep the name under 200 characters.'),
  shortName: optionalText(60),
  kind: z.enum(AWARD_KINDS, { error: 'Choose ceremony or festival.' }),
  organization: z
    .string()
    .optional()
    .transform((value) => value ?? '')
    .refine(
      (value) => value === '' || value === 'new' || /^\d{1,15}$/.test(value),
      'Pick an organization from the list.',
    ),
  newOrganization: optionalText(200),
  url: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null),
    z
      .string()
      .max(500, 'Keep the address under 500 characters.')
      .refine(isWebAddress, 'Give a web address starting with http:// or https://.')
      .nullable(),
  ),
  description: optionalText(2000),
  aliases: z
    .string()
    .optional()
    .transform((value) =>
      (value ?? '')
        .split(/\r?\n/)
        .map((line) => trimmedName(line))
        .filter(Boolean),
    )
    .pipe(z.array(z.string().max(200, 'Keep each alias under 200 characters.')).max(50, 'At most 50 aliases.')),
});

type ParsedAwardForm = z.output<typeof awardFieldsSchema>;

function checkOrganization(input: ParsedAwardForm, ctx: z.RefinementCtx): void {
  if (input.organization === 'new' && !input.newOrganization) {
    ctx.addIssue({ code: 'custom', path: ['newOrganization'], message: 'Type the new organization’s name.' });
  }
}

/** The validated form as the write functions take it. */
export function toAwardFields(input: ParsedAwardForm): AwardFields {
  const isNew = input.organization === 'new';
  return {
    name: input.name,
    shortName: input.shortName,
    kind: input.kind,
    organizationId: !isNew && input.organization !== '' ? Number(input.organization) : null,
    newOrganization: isNew ? input.newOrganization : null,
    url: input.url,
    description: input.description,
  };
}

/** The parsed form back as the strings its fields hold. */
export function awardFormValues(input: ParsedAwardForm): Record<string, string> {
  return {
    name: input.name,
    shortName: input.shortName ?? '',
    kind: input.kind,
    organization: input.organization,
    newOrganization: input.newOrganization ?? '',
    url: input.url ?? '',
    description: input.description ?? '',
    aliases: input.aliases.join('\n'),
  };
}

export const createAwardSchema = awardFieldsSchema.superRefine(checkOrganization);

export const updateAwardSchema = awardFieldsSchema
  .extend({ awardId: idSchema, expectedVersion: idSchema })
  .superRefine(checkOrganization);

export const AWARD_FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  shortName: 'Short name',
  kind: 'Kind',
  organizationId: 'Organization',
  url: 'Web address',
  description: 'Description',
};

export const addAwardAliasSchema = z.object({
  awardId: idSchema,
  alias: nameText('Type the other name.', 300),
});

export const removeAwardAliasSchema = z.object({ awardId: idSchema, aliasId: idSchema });
