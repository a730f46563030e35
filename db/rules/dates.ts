// What counts as a date wherever one is typed or uploaded: a real calendar day written YYYY-MM-DD.

/** A real calendar day: the pattern alone would let 2023-02-30 through (the database checks only the shape). */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Whether a day is still to come: after tomorrow in UTC (tomorrow is allowed: where the day is already
 * tomorrow, the news of it is). A status records what has happened, so its date cannot be ahead.
 */
export function isStillAhead(day: string, now: Date = new Date()): boolean {
  const tomorrow = new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
  return day > tomorrow;
}
