// An iCalendar document of an edition's dates, written by ical-generator: each date an all-day event
// (DTSTART;VALUE=DATE) whose UID names the award, the edition and the kind of date by their addresses,
// at the installation (never the host name the reader used), so a subscribed calendar updates the event
// in place when a date is corrected rather than adding a second one, and whose SEQUENCE rises with every
// edit of the edition, as RFC 5545 asks of a changed event (a calendar may keep the old date otherwise).
// A ceremony's venue is its LOCATION.
import ical, { escape } from 'ical-generator';
import type { EditionDate, EditionDateKind } from '@/db/queries/follow-dates';
import type { FollowTarget } from '@/db/queries/follow-scope';

/** Dates change seldom, and a reader should still see a new one within the day. */
const CALENDAR_REFRESH_SECONDS = 12 * 60 * 60;

const KIND_LABELS: Record<EditionDateKind, string> = {
  submissions: 'submissions deadline',
  shortlist: 'shortlist announced',
  nominations: 'nominations announced',
  ceremony: 'ceremony',
};

export function dateUid(date: Pick<EditionDate, 'awardSlug' | 'editionSlug' | 'kind'>, installationId: string): string {
  return `${date.awardSlug}/${date.editionSlug}/${date.kind}@laurels-${installationId}`;
}

/** What the calendar holds, in a sentence: the dates of an award, an edition, or the awards a film or person is up for. */
const SCOPE_SUBJECTS: Record<FollowTarget['scope']['kind'], (title: string) => string> = {
  all: () => 'every award Laurels tracks',
  award: (title) => `the ${title}`,
  edition: (title) => `the ${title}`,
  film: (title) => `the awards ${title} is up for`,
  person: (title) => `the awards ${title} or the films credited to them are up for`,
};

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

export function buildCalendar(
  target: FollowTarget,
  dates: readonly EditionDate[],
  place: { origin: string; installationId: string },
): string {
  const { origin, installationId } = place;
  const calendar = ical({
    // ical-generator escapes what it writes of each event, but writes the calendar's name and description
    // as given: a line break in a title would start a line of its own, such as an event of its own.
    name: escape(`${target.title}: dates (Laurels)`, false),
    description: escape(
      `Submission deadlines, shortlists, nominations and ceremonies of ${SCOPE_SUBJECTS[target.scope.kind](target.title)}, as Laurels records them.`,
      false,
    ),
    prodId: { company: 'Laurels', product: 'Laurels', language: 'EN' },
    url: `${origin}${target.path}`,
    // REFRESH-INTERVAL and X-PUBLISHED-TTL: how often a subscribed calendar should look for new dates.
    ttl: CALENDAR_REFRESH_SECONDS,
  });
  for (const date of dates) {
    calendar.createEvent({
      id: dateUid(date, installationId),
      // 0 for an edition never edited since it was created.
      sequence: date.revision - 1,
      // Midnight UTC of the ISO date: ical-generator writes an all-day event's date in UTC.
      start: new Date(`${date.date}T00:00:00Z`),
      allDay: true,
      summary: `${date.editionName}: ${KIND_LABELS[date.kind]}`,
      description: describe(date),
      location: date.kind === 'ceremony' ? date.venue : null,
      url: `${origin}/awards/${date.awardSlug}/${date.editionSlug}`,
    });
  }
  // RFC 5545 ends every line with CRLF, the last one too; ical-generator leaves the last one bare.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
