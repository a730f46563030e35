'use server';
// The Server Actions of an edition's categories: add one, save one. Each is built through guardedAction
// (session, editor role, zod) before anything here runs; the writes, their duplicate and version checks
// and their audit entries are db/queries/category-edits.ts.
import { revalidatePath } from 'next/cache';
import { guardedAction } from '@/app/_lib/action';
import { actorOf } from '@/app/_lib/auth';
import { refusedSave } from '@/app/admin/awards/edit-refusals';
import { getDb } from '@/db/client';
import { createCategory, updateCategory } from '@/db/queries/category-edits';
import {
  CATEGORY_FIELD_LABELS,
  categoryFormValues,
  createCategorySchema,
  toCategoryFields,
  updateCategorySchema,
} from './category-schema';

/** A conflict on the canonical link shows beside the canonical picker. */
const formField = (field: string) => (field === 'canonicalCategoryId' ? 'canonical' : field);

export const createCategoryAction = guardedAction(
  'editor',
  createCategorySchema,
  async (input, user) => {
    revalidatePath('/admin/editions/[award]/[edition]', 'page');
    try {
      const category = createCategory(getDb(), {
        editionId: input.editionId,
        fields: toCategoryFields(input),
        actor: actorOf(user),
      });
      return { ok: true as const, message: `Category “${category.name}” added.` };
    } catch (error) {
      return refusedSave(
        error,
        { ...categoryFormValues(input), editionId: String(input.editionId) },
        CATEGORY_FIELD_LABELS,
        formField,
      );
    }
  },
  'createCategoryAction',
);

export const updateCategoryAction = guardedAction(
  'editor',
  updateCategorySchema,
  async (input, user) => {
    revalidatePath('/admin/editions/[award]/[edition]/categories/[category]', 'page');
    const values = {
      ...categoryFormValues(input),
      categoryId: String(input.categoryId),
      expectedVersion: String(input.expectedVersion),
    };
    try {
      const { changed } = updateCategory(getDb(), {
        categoryId: input.categoryId,
        expectedVersion: input.expectedVersion,
        fields: toCategoryFields(input),
        actor: actorOf(user),
      });
      return {
        ok: true as const,
        message: changed.length
          ? `Saved: ${changed.map((field) => CATEGORY_FIELD_LABELS[field]!.toLowerCase()).join(', ')}.`
          : 'Nothing was different from what is saved, so nothing changed.',
      };
    } catch (error) {
      return refusedSave(error, values, CATEGORY_FIELD_LABELS, formField);
    }
  },
  'updateCategoryAction',
);
