// What the category forms may submit, checked on the server before any handler runs. The canonical
// category is "" (none), an id from the award's list, or "new" with a name (and whether it is a
// documentary category) typed beside it. Also turns the parsed input back into the form's strings.
import { z } from 'zod';
import { idSchema, nameText, optionalText, wholeNumber } from '@/app/_lib/schema-fields';
import type { CategoryFields } from '@/db/queries/category-edits';

const categoryFieldsSchema = z.object({
  name: nameText('Give the category a name.', 200, 'Keep the name under 200 characters.'),
  canonical: z
    .string()
    .optional()
    .transform((value) => value ?? '')
    .refine(
      (value) => value === '' || value === 'new' || /^\d{1,15}$/.test(value),
      'Pick a canonical category from the list.',
    ),
  newCanonicalName: optionalText(200),
  // An unticked checkbox sends nothing at all: that means "no".
  newCanonicalIsDocumentary: z.preprocess((value) => value === 'on' || value === 'true', z.boolean()),
  description: optionalText(1000),
  position: z.preprocess(
    (value) => (value === undefined || (typeof value === 'string' && value.trim() === '') ? 0 : value),
    wholeNumber('Enter a whole number, e.g. 1 for the first category.', (number) =>
      number.min(0, 'Enter a number from 0 to 10,000.').max(10_000, 'Enter a number from 0 to 10,000.'),
    ),
  ),
});

type ParsedCategoryForm = z.output<typeof categoryFieldsSchema>;

/**
 * The canonical category asked for: a name typed for a new one counts with "None" still picked (the editor
 * named one and forgot the choice), and is refused beside a category picked from the list, rather than
 * either being dropped without a word.
 */
const isNewCanonical = (input: ParsedCategoryForm) =>
  input.canonical === 'new' || (input.canonical === '' && Boolean(input.newCanonicalName));

function checkCanonical(input: ParsedCategoryForm, ctx: z.RefinementCtx): void {
  if (input.canonical === 'new' && !input.newCanonicalName) {
    ctx.addIssue({ code: 'custom', path: ['newCanonicalName'], message: 'Type the new canonical category’s name.' });
  }
  if (!isNewCanonical(input) && input.newCanonicalName) {
    ctx.addIssue({
      code: 'custom',
      path: ['newCanonicalName'],
      message: 'A category from the list is picked: clear this name, or pick “A new canonical category” instead.',
    });
  }
}

export const createCategorySchema = categoryFieldsSchema.extend({ editionId: idSchema }).superRefine(checkCanonical);
export const updateCategorySchema = categoryFieldsSchema
  .extend({ categoryId: idSchema, expectedVersion: idSchema })
  .superRefine(checkCanonical);

export function toCategoryFields(input: ParsedCategoryForm): CategoryFields {
  const isNew = isNewCanonical(input);
  return {
    name: input.name,
    canonicalCategoryId: !isNew && input.canonical !== '' ? Number(input.canonical) : null,
    newCanonicalName: isNew ? input.newCanonicalName : null,
    newCanonicalIsDocumentary: isNew && input.newCanonicalIsDocumentary,
    description: input.description,
    position: input.position,
  };
}

export function categoryFormValues(input: ParsedCategoryForm): Record<string, string> {
  return {
    name: input.name,
    canonical: input.canonical,
    newCanonicalName: input.newCanonicalName ?? '',
    ...(input.newCanonicalIsDocumentary ? { newCanonicalIsDocumentary: 'on' } : {}),
    description: input.description ?? '',
    position: String(input.position),
  };
}

export const CATEGORY_FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  canonicalCategoryId: 'Canonical category',
  description: 'Description',
  position: 'Position',
};
