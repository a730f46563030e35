// The shapes of an import plan (db/queries/nomination-import-plan.ts): what each CSV row would do.
import type { NominationStatus } from '../schema';
import type { Matched } from './nomination-import-match';
import type { ImportRow } from './nomination-import-parse';

export interface RowBase {
  line: number;
  /** "Edition › Category: nominee", or what the row says when its category is unknown. */
  label: string;
}

export interface NewNominationRow extends RowBase {
  kind: 'new';
  categoryId: number;
  films: Matched[];
  people: Matched[];
  occurrence: number;
  position: number;
  status: NominationStatus;
  row: ImportRow;
}
export interface StatusChangeRow extends RowBase {
  kind: 'change';
  nominationId: number;
  version: number;
  from: NominationStatus;
  to: NominationStatus;
  row: ImportRow;
  /**
   * A source, note or date equal to the ones of the current status was copied from an export and
   * describes the old status, so it is not cited for the change.
   */
  cites: ReasonCited;
  /** The change takes back a recorded result or step (isRevision): applied only when confirmed. */
  revises: boolean;
}

/** Which of the row's source, note and status date were written for the status it gives. */
export interface ReasonCited {
  source: boolean;
  note: boolean;
  date: boolean;
}
export interface UnchangedRow extends RowBase {
  kind: 'unchanged';
  nominationId: number;
  status: NominationStatus;
}
export interface ErrorRow extends RowBase {
  kind: 'error';
  message: string;
}
export type PlannedRow = NewNominationRow | StatusChangeRow | UnchangedRow | ErrorRow;

export interface ImportPlan {
  rows: PlannedRow[];
  newFilms: Matched[];
  newPeople: Matched[];
  fingerprint: string;
}
