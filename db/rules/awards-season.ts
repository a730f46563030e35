// What an awards season is. Documentary prizes are given from autumn to the Oscars in late winter, so
// a season is not a calendar year: season "2016–17" runs from 1 September 2016 to 31 August 2017.
// An edition belongs to the season its ceremony date falls in; an edition without a ceremony date
// (many festivals, the older Oscars) belongs to the season that starts in its awards year, so the
// 2016 Sundance Film Festival and the 89th Academy Awards (films of 2016) are both in 2016–17.
// The same rule is written in SQL by db/queries/dashboard-seasons.ts (seasonStartSql); keep them in step.

/** The month (1–12) a season starts in. */
export const SEASON_START_MONTH = 9;

/** The year a season starts in, named by that year: 2016 is "2016–17". */
export type SeasonStart = number;

/** The season a date ('2017-02-26') falls in. */
export function seasonOfDate(isoDate: string): SeasonStart {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return month >= SEASON_START_MONTH ? year : year - 1;
}

/** The season of an edition: by its ceremony date when known, else by its awards year. */
export function seasonOfEdition(edition: { ceremonyDate: string | null; year: number }): SeasonStart {
  return edition.ceremonyDate ? seasonOfDate(edition.ceremonyDate) : edition.year;
}

/** "2016–17" (an en dash, as printed); "1999–2000" across a century, where "00" would read as a year 0. */
export function seasonLabel(start: SeasonStart): string {
  return `${start}–${endOf(start)}`;
}

/** "2016-17", the form used in links (?season=2016-17). */
export function seasonParam(start: SeasonStart): string {
  return `${start}-${endOf(start)}`;
}

/** The season's second year as a label writes it: two digits, or whole when it starts a century. */
function endOf(start: SeasonStart): string {
  const end = start + 1;
  return end % 100 === 0 ? String(end) : String(end % 100).padStart(2, '0');
}

/** Reads "2016-17", "2016–17" or "2016" back to its start year; null for anything else. */
export function parseSeason(value: string | null | undefined): SeasonStart | null {
  // "2016-17", or the second year written whole ("1999-2000"), or the first year alone.
  const match = /^(\d{4})(?:[-–/](\d{2}|\d{4}))?$/.exec((value ?? '').trim());
  if (!match) return null;
  const start = Number(match[1]);
  // A season ends in a year of four digits too: "9999-00" would be a season ending in 10000.
  if (start > 9998) return null;
  const end = match[2];
  if (end !== undefined && Number(end) !== (end.length === 4 ? start + 1 : (start + 1) % 100)) return null;
  return start;
}

/** The first and last day of a season, as ISO dates. */
export function seasonBounds(start: SeasonStart): { from: string; to: string } {
  const month = String(SEASON_START_MONTH).padStart(2, '0');
  const lastMonth = String(SEASON_START_MONTH - 1).padStart(2, '0');
  const lastDay = new Date(Date.UTC(start + 1, SEASON_START_MONTH - 1, 0)).getUTCDate();
  return { from: `${start}-${month}-01`, to: `${start + 1}-${lastMonth}-${lastDay}` };
}
