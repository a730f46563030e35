// Dates as people read them ("26 February 2017"), from the ISO dates the database keeps. Formatted in
// UTC so a date never shifts by a day with the server's time zone.
const FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatIsoDate(iso: string): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : FORMAT.format(date);
}

export function IsoDate({ value }: { value: string }) {
  return <time dateTime={value.slice(0, 10)}>{formatIsoDate(value)}</time>;
}

/** "films of 2016" or "films of 1927/28": the awards year, kept apart from the ceremony's. */
export function awardsYearLabel(edition: { year: number; yearLabel: string | null }): string {
  return edition.yearLabel ?? String(edition.year);
}
