// When an edition is "live": its ceremony is about now and its results are not complete, so its public
// page listens for results (app/_components/live-edition-updates.tsx) and, without JavaScript, reloads
// itself. Outside that window nobody is entering results, so no page holds a connection open for nothing.
// The window runs from the day before the ceremony to the day after, in UTC: a ceremony in the Americas
// ends after midnight UTC, one in Asia or Australia happens on the previous UTC day.

export interface LiveWindowEdition {
  ceremonyDate: string | null;
  resultsComplete: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function isEditionLive(edition: LiveWindowEdition, now: Date = new Date()): boolean {
  if (edition.resultsComplete || !edition.ceremonyDate) return false;
  const ceremony = Date.parse(`${edition.ceremonyDate}T00:00:00Z`);
  if (Number.isNaN(ceremony)) return false;
  const today = Date.parse(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
  return today >= ceremony - DAY_MS && today <= ceremony + DAY_MS;
}
