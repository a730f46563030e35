// The names of a nomination's editable fields, as forms and messages say them (imported by client forms,
// so it imports types only).
import type { NominationEditField } from '@/db/queries/nomination-edits';

export const NOMINATION_FIELD_LABELS: Record<NominationEditField, string> = {
  displayName: 'Display name',
  detail: 'Detail',
  note: 'Note',
  citation: 'Citation',
  position: 'Position',
  films: 'Films',
  people: 'People',
};
