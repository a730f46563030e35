// The organization behind an award as an award form gives it: one picked from the list (checked to exist)
// or a new one named in the form, found by its folded name when it is already there, created otherwise.
import { eq } from 'drizzle-orm';
import type { Executor } from '../client';
import { foldText } from '../rules/text';
import { organizations } from '../schema';
import { recordAudit } from './audit';
import { FieldValidationError } from './film-edit-errors';
import { uniqueSlug } from './slugs';

export interface OrganizationPick {
  organizationId: number | null;
  newOrganization: string | null;
}

/** The picked organization (checked to exist), or the named new one (found by its folded name, or created). */
export function resolveOrganization(tx: Executor, fields: OrganizationPick, actor: string): number | null {
  if (fields.newOrganization) {
    const folded = foldText(fields.newOrganization);
    const all = tx.select({ id: organizations.id, name: organizations.name }).from(organizations).all();
    const same = all.find((organization) => foldText(organization.name) === folded);
    if (same) return same.id;
    const name = fields.newOrganization;
    const row = tx
      .insert(organizations)
      .values({ name, slug: uniqueSlug(tx, organizations, organizations.slug, name) })
      .returning()
      .get();
    recordAudit(tx, { actor, action: 'organization.create', entityType: 'organization', entityId: row.id, after: row });
    return row.id;
  }
  if (fields.organizationId === null) return null;
  const found = tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.id, fields.organizationId))
    .get();
  if (!found)
    throw new FieldValidationError('Pick an organization from the list.', {
      organizationId: ['This organization no longer exists.'],
    });
  return found.id;
}

export function organizationName(tx: Executor, id: number | null): string | null {
  if (id === null) return null;
  return (
    tx.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, id)).get()?.name ?? null
  );
}
