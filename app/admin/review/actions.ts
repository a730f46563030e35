'use server';
// The review queue's decisions, each a Server Action built through guardedAction (editor role, zod,
// user-facing refusals); the writes are db/queries/candidates/review.ts, one transaction each. After a
// decision the editor is sent back to the queue, which says what was done (works without JavaScript).
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { guardedAction, type ActionResult } from '@/app/_lib/action';
import { actorOf } from '@/app/_lib/auth';
import { getDb } from '@/db/client';
import { acceptCandidate, correctAndAccept, mergeCandidateFilm, rejectCandidate } from '@/db/queries/candidates/review';
import { findFilmForReview } from '@/db/queries/candidates/film-lookup';
import { correctSchema, decisionSchema, mergeSchema, rejectSchema } from './review-schemas';

function done(candidateId: number): never {
  revalidatePath('/admin/review');
  redirect(`/admin/review?decided=${candidateId}`);
}

export const acceptCandidateAction = guardedAction(
  'editor',
  decisionSchema,
  (input, user) => {
    acceptCandidate(getDb(), { ...input, actor: actorOf(user) });
    done(input.candidateId);
  },
  'acceptCandidateAction',
);

export const rejectCandidateAction = guardedAction(
  'editor',
  rejectSchema,
  ({ note, ...input }, user) => {
    rejectCandidate(getDb(), { ...input, note: note ?? null, actor: actorOf(user) });
    done(input.candidateId);
  },
  'rejectCandidateAction',
);

export const correctCandidateAction = guardedAction(
  'editor',
  correctSchema,
  (input, user): ActionResult => {
    const db = getDb();
    let film: { id: number } | { newTitle: string; year: number | null };
    if (input.createFilm) film = { newTitle: input.filmTitle, year: input.filmYear };
    else {
      const found = findFilmForReview(db, input.filmTitle, input.filmYear, true);
      if ('refusal' in found) return fieldRefusal('filmTitle', found.refusal, input);
      film = { id: found.id };
    }
    correctAndAccept(db, {
      candidateId: input.candidateId,
      expectedVersion: input.expectedVersion,
      actor: actorOf(user),
      categoryId: input.categoryId,
      status: input.status,
      film,
      addAlias: input.addAlias,
    });
    done(input.candidateId);
  },
  'correctCandidateAction',
);

export const mergeCandidateAction = guardedAction(
  'editor',
  mergeSchema,
  (input, user): ActionResult => {
    const db = getDb();
    const found = findFilmForReview(db, input.filmTitle, input.filmYear, false);
    if ('refusal' in found) return fieldRefusal('filmTitle', found.refusal, input);
    mergeCandidateFilm(db, { ...input, filmId: found.id, actor: actorOf(user) });
    done(input.candidateId);
  },
  'mergeCandidateAction',
);

function fieldRefusal(field: string, message: string, input: Record<string, unknown>): ActionResult {
  const values = Object.fromEntries(
    Object.entries(input).map(([key, value]) => [
      key,
      value === true ? 'on' : value == null || value === false ? '' : String(value),
    ]),
  );
  // The reason goes beside the field; the form's own message only says that nothing was done.
  return { ok: false, message: 'Nothing was done: see the film below.', fieldErrors: { [field]: [message] }, values };
}
