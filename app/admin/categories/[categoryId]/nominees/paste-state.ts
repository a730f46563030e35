// What the paste screen's action hands back to the form: the plan to preview, or the report of what was
// added, and in both cases the fields as typed (so a page posted without JavaScript shows them again).
import type { LinePlan, PasteStatus } from '@/db/queries/nominee-paste';
import type { PasteReport } from '@/db/queries/nominee-paste-write';
import type { PasteNomineesInput } from './paste-schema';
import { plural } from '@/app/_lib/plural';

export const PASTE_FIELDS = [
  'lines',
  'status',
  'occurredOn',
  'sourceUrl',
  'sourceTitle',
  'sourcePublisher',
  'note',
] as const;
export type PasteValues = Partial<Record<(typeof PASTE_FIELDS)[number], string>>;

export type PasteState =
  /** The plan of the lines for the status they were previewed with. */
  | { kind: 'preview'; plans: LinePlan[]; status: PasteStatus; values: PasteValues }
  | { kind: 'added'; report: PasteReport; values: PasteValues };

export function formValuesOf(input: PasteNomineesInput): PasteValues {
  const values: PasteValues = {};
  for (const field of PASTE_FIELDS) values[field] = input[field] ?? '';
  return values;
}

/** "Added 2 nominees (1 new film). 1 line was not added: see below." */
export function describeReport(report: PasteReport): string {
  const created = [
    report.filmsCreated ? plural(report.filmsCreated, 'new film', 'new films') : null,
    report.peopleCreated ? plural(report.peopleCreated, 'new person', 'new people') : null,
  ].filter(Boolean);
  const moved = report.moved.length ? ` Moved ${plural(report.moved.length, 'nominee', 'nominees')} on.` : '';
  const added = `Added ${plural(report.added.length, 'nominee', 'nominees')}${created.length ? ` (${created.join(', ')})` : ''}.${moved}`;
  if (!report.skipped.length) return added;
  const skipped = report.skipped.length;
  return `${added} ${plural(skipped, 'line was', 'lines were')} not added: see below; ${skipped === 1 ? 'it is' : 'they are'} back in the box.`;
}
