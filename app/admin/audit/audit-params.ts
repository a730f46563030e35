// The audit page's query string, validated: a hand-edited or stale address gets a sentence on the page,
// never an error page. Blank fields (an empty form input) count as absent. `entity` and `id` together
// name one record's history, so other admin screens can link to /admin/audit?entity=nomination&id=12.
import { z } from 'zod';
import type { AuditCursor, AuditFilters } from '@/db/queries/audit';

type Raw = Record<string, string | string[] | undefined>;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const blankToAbsent = (value: unknown) => {
  const one = first(value);
  return typeof one === 'string' && one.trim() === '' ? undefined : one;
};
const text = (pattern: RegExp, error: string) =>
  z.preprocess(blankToAbsent, z.string().trim().regex(pattern, { error }).optional());
const wholeNumber = (error: string) =>
  z.preprocess(
    blankToAbsent,
    z
      .string()
      .trim()
      .regex(/^[1-9]\d{0,14}$/, { error })
      .transform(Number)
      .optional(),
  );
const isRealDay = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
};
const day = (label: string) =>
  z.preprocess(
    blankToAbsent,
    z
      .string()
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label} must be a date written as YYYY-MM-DD, such as 2016-12-09.` })
      .refine(isRealDay, { error: `${label} is not a day of the calendar.` })
      .optional(),
  );

export const auditParamsSchema = z
  .object({
    actor: text(
      /^(user:\d{1,15}|[a-z][a-z0-9-]{0,39}(:[A-Za-z0-9][A-Za-z0-9._:-]{0,79})?)$/,
      '“Who” is not a person or process the log could name. Choose one from the list.',
    ),
    entity: text(/^[a-z][a-z_]{0,39}$/, 'The entity type is one word, such as “film” or “nomination”.'),
    id: wholeNumber('The entity id is a whole number, such as 12.'),
    action: text(
      /^[a-z][a-z0-9_.:-]{0,79}$/,
      'The action is written like “nomination.status”. Choose one from the list.',
    ),
    from: day('“From”'),
    to: day('“To”'),
    older: wholeNumber('That page of the log is not one Laurels can find. Start again from the newest entries.'),
    newer: wholeNumber('That page of the log is not one Laurels can find. Start again from the newest entries.'),
  })
  .refine((p) => p.id === undefined || p.entity !== undefined, {
    error: 'An entity id needs its entity type: choose one to go with it.',
    path: ['id'],
  })
  .refine((p) => p.from === undefined || p.to === undefined || p.from <= p.to, {
    error: '“From” is later than “To”: the first day of the span comes first.',
    path: ['to'],
  })
  .refine((p) => p.older === undefined || p.newer === undefined, {
    error: 'A page is either older or newer than an entry, not both. Start again from the newest entries.',
    path: ['newer'],
  });

export type AuditParams = z.infer<typeof auditParamsSchema>;

/** The form's fields as typed, shown again when they are wrong so they can be corrected. */
export interface RawAuditValues {
  actor: string;
  entity: string;
  id: string;
  action: string;
  from: string;
  to: string;
}

export type ParsedAuditParams =
  { ok: true; params: AuditParams; raw: RawAuditValues } | { ok: false; errors: string[]; raw: RawAuditValues };

export function parseAuditParams(input: Raw): ParsedAuditParams {
  const field = (key: keyof RawAuditValues) => String(first(input[key]) ?? '').slice(0, 200);
  const raw: RawAuditValues = {
    actor: field('actor'),
    entity: field('entity'),
    id: field('id'),
    action: field('action'),
    from: field('from'),
    to: field('to'),
  };
  const result = auditParamsSchema.safeParse(input);
  if (result.success) return { ok: true, params: result.data, raw };
  return { ok: false, errors: [...new Set(result.error.issues.map((issue) => issue.message))], raw };
}

export function toAuditFilters(params: AuditParams): AuditFilters {
  return {
    actor: params.actor,
    entityType: params.entity,
    entityId: params.id,
    action: params.action,
    fromDate: params.from,
    toDate: params.to,
  };
}

export function toAuditCursor(params: AuditParams): AuditCursor | null {
  if (params.older !== undefined) return { older: params.older };
  if (params.newer !== undefined) return { newer: params.newer };
  return null;
}

/** The address of a page of the log with these filters (kept when paging). */
export function auditHref(filters: AuditFilters, cursor: AuditCursor | null = null): string {
  const query = new URLSearchParams();
  if (filters.actor !== undefined) query.set('actor', filters.actor);
  if (filters.entityType !== undefined) query.set('entity', filters.entityType);
  if (filters.entityId !== undefined) query.set('id', String(filters.entityId));
  if (filters.action !== undefined) query.set('action', filters.action);
  if (filters.fromDate !== undefined) query.set('from', filters.fromDate);
  if (filters.toDate !== undefined) query.set('to', filters.toDate);
  if (cursor && 'older' in cursor) query.set('older', String(cursor.older));
  if (cursor && 'newer' in cursor) query.set('newer', String(cursor.newer));
  const search = query.toString();
  return search ? `/admin/audit?${search}` : '/admin/audit';
}
