'use server';
// Deleting a catalogue record entered by mistake (db/queries/record-delete.ts says which may go): for
// admins only, after ticking a box; afterwards the page the form names (the record's parent on the admin
// side) opens with a message (read from the deletion's audit entry, which the address names), and a
// refusal stays on the record's page with its reason.
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { idSchema } from '@/app/_lib/schema-fields';
import { guardedAction } from '@/app/_lib/action';
import { actorOf } from '@/app/_lib/auth';
import { getDb } from '@/db/client';
import { DELETABLE_KINDS, deleteUnusedRecord } from '@/db/queries/record-delete';

const deleteRecordSchema = z.object({
  kind: z.enum(DELETABLE_KINDS),
  id: idSchema,
  // An admin page on this site, never an address elsewhere.
  returnTo: z.string().regex(/^\/admin(\/[^/?#\s]+)*$/),
  confirm: z.literal('on', { error: 'Tick the box to confirm the deletion.' }),
});

export const deleteRecordAction = guardedAction(
  'admin',
  deleteRecordSchema,
  async ({ kind, id, returnTo }, user) => {
    const { auditId } = deleteUnusedRecord(getDb(), { kind, id, actor: actorOf(user) });
    revalidatePath(returnTo);
    redirect(`${returnTo}?deleted=${auditId}`);
  },
  'deleteRecordAction',
);
