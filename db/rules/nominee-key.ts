// What makes two nominations in one category the same nominee: the same films and people, in any
// order, and the same detail (a song, a role). Without ids, the folded name stands in for them.
// The key is stored in nominations.nominee_key under a unique index, so a duplicate cannot be written.
import { foldText } from './text';

export interface NomineeIdentity {
  filmIds: readonly number[];
  personIds: readonly number[];
  /** The nominee as written, used when there are no films or people (an honorary award to a group). */
  displayName?: string | null;
  detail?: string | null;
  /**
   * Which of several nominees with the same films, people and detail this is, when a source honours them
   * twice in one category for different work (two Sci-Tech awards to Eastman Kodak at the 60th Academy
   * Awards, told apart only by their citations). Absent or 1 for the usual single nominee.
   */
  occurrence?: number | null;
}

export function nomineeKey({ filmIds, personIds, displayName, detail, occurrence }: NomineeIdentity): string {
  const parts: string[] = [];
  if (filmIds.length) parts.push(`f:${[...filmIds].sort((a, b) => a - b).join(',')}`);
  if (personIds.length) parts.push(`p:${[...personIds].sort((a, b) => a - b).join(',')}`);
  if (!parts.length) parts.push(`n:${foldText(displayName ?? '')}`);
  if (detail) parts.push(`d:${foldText(detail)}`);
  if (occurrence && occurrence > 1) parts.push(`#${occurrence}`);
  return parts.join('|');
}
