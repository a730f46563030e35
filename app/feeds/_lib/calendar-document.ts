// An iCalendar document of an edition's dates, written by ical-generator: each date an all-day event
// (DTSTART;VALUE=DATE) whose UID names the edition and the kind of date, so a subscribed calendar
// updates the event in place when a date is corrected rather than adding a second one.
import ical, { escape } from 'ical-generator';
import type { EditionDate, EditionDateKind } from '@/db/queries/follow-dates';
import type { FollowTarget } from '@/db/queries/follow-scope';

const KIND_LABELS: Record<EditionDateKind, string> = {
  submissions: 'submissions deadline',
  shortlist: 'shortlist announced',
  nominations: 'nominations announced',
  ceremony: 'ceremony',
};

export function dateUid(date: Pick<EditionDate, 'editionId' | 'kind'>): string {
  return `edition-${date.editionId}-${date.kind}@laurels`;
}

/** The event's first line, a sentence about the edition. */
const SENTENCES: Record<EditionDateKind, (edition: string) => string> = {
  submissions: (edition) => `The deadline for submissions to the ${edition}`,
  shortlist: (edition) => `The shortlist of the ${edition} is announced`,
  nominations: (edition) => `The nominations of the ${edition} are announced`,
  ceremony: (edition) => `The ceremony of the ${edition}`,
};

function describe(date: EditionDate): string {
  const where = date.kind === 'ceremony' && date.venue ? `, ${date.venue}` : '';
  const lines = [`${SENTENCES[date.kind](date.editionName)}${where}.`];
  if (date.datesNote) lines.push(`About the dates: ${date.datesNote}`);
  return lines.join('\n');
}

export function buildCalendar(target: FollowTarget, dates: readonly EditionDate[], origin: string): string {
  const calendar = ical({
    // ical-generator escapes what it writes of each event, but writes the calendar's name and description
    // as given: a line break in a title would start a line of its own, such as an event of its own.
    name: escape(`${target.title}: dates (Laurels)`, false),
    description: escape(
      `Submission deadlines, shortlists, nominations and ceremonies of ${target.title}, as Laurels records them.`,
      false,
    ),
    prodId: { company: 'Laurels', product: 'Laurels', language: 'EN' },
    url: `${origin}${target.path}`,
  });
  for (const date of dates) {
    calendar.createEvent({
      id: dateUid(date),
      // Midnight UTC of the ISO date: ical-generator writes an all-day event's date in UTC.
      start: new Date(`${date.date}T00:00:00Z`),
      allDay: true,
      summary: `${date.editionName}: ${KIND_LABELS[date.kind]}`,
      description: describe(date),
      url: `${origin}/awards/${date.awardSlug}/${date.editionSlug}`,
    });
  }
  return calendar.toString();
}
