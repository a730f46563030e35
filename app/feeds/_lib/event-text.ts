// How a status change reads in a feed: "13th won the ABC News VideoSource Award at the 2016 IDA
// Documentary Awards", and a summary with the date and the source (or an editor's note) it rests on.
import type { FollowEvent } from '@/db/queries/follow-events';
import type { NominationStatus } from '@/db/schema';
import { STATUS_LABELS } from '@/db/rules/status';

const VERBS: Record<NominationStatus, string> = {
  submitted: 'was submitted for',
  shortlisted: 'was shortlisted for',
  nominated: 'was nominated for',
  won: 'won',
  lost: 'did not win',
  honorable_mention: 'received an honorable mention in',
  runner_up: 'was runner-up for',
  withdrawn: 'was withdrawn from',
};

/** The films of the nomination, else its name as the award wrote it, else its people. */
export function nomineeName(event: Pick<FollowEvent, 'films' | 'people' | 'displayName'>): string {
  if (event.films.length) return joinNames(event.films.map((film) => film.title));
  if (event.displayName) return event.displayName;
  if (event.people.length) return joinNames(event.people.map((person) => person.name));
  return 'A nominee';
}

function joinNames(names: string[]): string {
  if (names.length < 3) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** "the ABC News VideoSource Award" but "Best Feature": an article only before a named award or prize. */
function categoryPhrase(category: string): string {
  return /\b(award|prize)\b/i.test(category) && !/^the /i.test(category) ? `the ${category}` : category;
}

/** A result taken back (a win undone on ceremony night, a category reopened), by what was taken back. */
const UNDONE: Partial<Record<NominationStatus, string>> = {
  won: 'the win was undone',
  lost: 'the loss was undone',
  runner_up: 'the runner-up place was undone',
  honorable_mention: 'the honorable mention was undone',
};

export function eventTitle(event: FollowEvent): string {
  const where = `${categoryPhrase(event.category)} at the ${event.editionName}`;
  // Back to nominated from a result is a correction, not news of a nomination.
  const undone = event.toStatus === 'nominated' && event.fromStatus ? UNDONE[event.fromStatus] : undefined;
  if (undone) return `${nomineeName(event)} is nominated again for ${where}: ${undone}`;
  return `${nomineeName(event)} ${VERBS[event.toStatus]} ${where}`;
}

export function eventSummary(event: FollowEvent): string {
  const change = event.fromStatus
    ? `${STATUS_LABELS[event.fromStatus]} → ${STATUS_LABELS[event.toStatus]}`
    : STATUS_LABELS[event.toStatus];
  const parts = [`${change}: ${event.category}, ${event.editionName}.`];
  if (event.occurredOn) parts.push(`On ${event.occurredOn}.`);
  const source = event.source;
  if (source) {
    const name = [source.title, source.publisher].filter(Boolean).join(', ') || 'a source';
    parts.push(
      `Source: ${name}${source.publishedOn ? ` (${source.publishedOn})` : ''}${source.url ? ` ${source.url}` : ''}.`,
    );
  }
  if (event.note) parts.push(`Note: ${event.note}`);
  return parts.join(' ');
}
