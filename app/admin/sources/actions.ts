'use server';
// The Server Actions of /admin/sources: add a source, save its details, enable or disable it, preview what
// it holds (writing nothing), and set the auto-apply threshold. Admins only: each is built through
// guardedAction('admin', …) (session, role, zod) before anything here runs; the writes, their duplicate,
// award and version checks and their audit entries are db/queries/ingestion-sources.ts and
// ingestion-source-settings.ts.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { guardedAction, type ActionResult } from '@/app/_lib/action';
import { actorOf } from '@/app/_lib/auth';
import { getDb } from '@/db/client';
import { SOURCE_FIELD_LABELS } from '@/db/queries/ingestion-source-fields';
import { setAutoApplyThreshold } from '@/db/queries/ingestion-source-settings';
import { addSource, setSourceEnabled, updateSource } from '@/db/queries/ingestion-sources';
import { detectSourceKind } from '@/jobs/sources-read';
import { previewSource, type PreviewItem } from '@/jobs/sources-preview';
import { loadIngestDeps } from '@/jobs/ingest/ingest-deps';
import { describeIngest, ingestOnce, IngestTargetError } from '@/jobs/ingest/ingest-once';
import { refusedSave } from '../awards/edit-refusals';
import { privateAddressRefusal } from '@/jobs/ingest/fetch-address';
import {
  createSourceSchema,
  sourceEnabledSchema,
  sourceFormValues,
  sourceIdSchema,
  thresholdSchema,
  updateSourceSchema,
} from './source-schema';

/** A conflict on the award shows beside the award field. */
const formField = (field: string) => (field === 'awardId' ? 'award' : field);
const LABELS: Record<string, string> = { ...SOURCE_FIELD_LABELS, awardId: 'Award' };

export const createSourceAction = guardedAction(
  'admin',
  createSourceSchema,
  async (input, user) => {
    const values = sourceFormValues(input);
    const refusal = await privateAddressRefusal(input.url);
    if (refusal) return { ok: false, message: refusal, fieldErrors: { url: [refusal] }, values };
    let id: number;
    try {
      const kind = input.kind === 'detect' ? await detectSourceKind(input.url) : input.kind;
      id = addSource(getDb(), { fields: { ...input, kind }, actor: actorOf(user) }).id;
    } catch (error) {
      if (error instanceof Error && error.name === 'DetectKindError')
        return { ok: false, message: error.message, fieldErrors: { kind: [error.message] }, values };
      return refusedSave(error, values, LABELS, formField);
    }
    revalidatePath('/admin/sources');
    redirect(`/admin/sources/${id}?added=1`);
  },
  'createSourceAction',
);

export const updateSourceAction = guardedAction(
  'admin',
  updateSourceSchema,
  async (input, user) => {
    revalidatePath('/admin/sources', 'layout');
    const values = {
      ...sourceFormValues(input),
      sourceId: String(input.sourceId),
      expectedVersion: String(input.expectedVersion),
    };
    const refusal = await privateAddressRefusal(input.url);
    if (refusal) return { ok: false, message: refusal, fieldErrors: { url: [refusal] }, values };
    try {
      const { sourceId, expectedVersion, ...fields } = input;
      const { changed } = updateSource(getDb(), { sourceId, expectedVersion, fields, actor: actorOf(user) });
      return {
        ok: true as const,
        message: changed.length
          ? `Saved: ${changed.map((field) => LABELS[field]!.toLowerCase()).join(', ')}.`
          : 'Nothing was different from what is saved, so nothing changed.',
      };
    } catch (error) {
      return refusedSave(error, values, LABELS, formField);
    }
  },
  'updateSourceAction',
);

export const setSourceEnabledAction = guardedAction(
  'admin',
  sourceEnabledSchema,
  (input, user) => {
    const { source, changed } = setSourceEnabled(getDb(), { ...input, actor: actorOf(user) });
    revalidatePath('/admin/sources', 'layout');
    const state = input.enabled ? 'enabled' : 'disabled';
    return {
      ok: true,
      message: changed ? `Source #${source.id} ${state}.` : `Source #${source.id} was already ${state}.`,
    };
  },
  'setSourceEnabledAction',
);

export const setThresholdAction = guardedAction(
  'admin',
  thresholdSchema,
  (input, user) => {
    const changed = setAutoApplyThreshold(getDb(), { value: input.threshold, actor: actorOf(user) });
    revalidatePath('/admin/sources');
    // 0 is a threshold every candidate meets: allowed, but said plainly, as nobody reviews what follows.
    const everything = input.threshold === 0 ? ' Every fact the jobs find now applies itself, unreviewed.' : '';
    const message = changed ? `Threshold set to ${input.threshold}.` : 'That is already the threshold.';
    return { ok: true, message: `${message}${everything}` };
  },
  'setThresholdAction',
);

export interface PreviewData {
  items: PreviewItem[];
  total: number;
}

export const previewSourceAction = guardedAction(
  'admin',
  sourceIdSchema,
  async (input): Promise<ActionResult<PreviewData>> => {
    const preview = await previewSource(getDb(), input.sourceId);
    if (!preview) return { ok: false, message: 'This source no longer exists.' };
    if (!preview.ok) return { ok: false, message: `The source could not be read: ${preview.error}` };
    const shown = preview.items.length < preview.total ? ` (the first ${preview.items.length} shown)` : '';
    return {
      ok: true,
      message: `Read ${preview.total} item${preview.total === 1 ? '' : 's'}${shown}. Nothing was stored.`,
      data: { items: preview.items, total: preview.total },
    };
  },
  'previewSourceAction',
);

/**
 * "Read now": one read of the source, whatever its schedule, stored and processed as the scheduled job
 * does it (`laurels ingest --source ID`): what an admin needs when this server leaves the jobs to a worker
 * (LAURELS_SCHEDULER=off) or a source was just added. Each item is stored once, so a read beside the
 * job's own stores nothing twice.
 */
export const readSourceNowAction = guardedAction(
  'admin',
  sourceIdSchema,
  async (input): Promise<ActionResult> => {
    let result;
    try {
      result = await ingestOnce(getDb(), await loadIngestDeps(), { sourceId: input.sourceId, actor: 'job:ingest' });
    } catch (error) {
      if (error instanceof IngestTargetError) return { ok: false, message: 'This source no longer exists.' };
      // FetchError and ParseError carry messages written for an admin; the source's error shows it too.
      return { ok: false, message: `The source could not be read: ${error instanceof Error ? error.message : error}` };
    } finally {
      revalidatePath('/admin/sources', 'layout');
    }
    return { ok: true, message: describeIngest(result) };
  },
  'readSourceNowAction',
);
