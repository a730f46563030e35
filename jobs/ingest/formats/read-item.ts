// What every format reader returns for one announcement: plain text plus what the document says about it.
// Nothing is guessed: a field the document does not give is null.

export interface ReadItem {
  guid: string | null;
  url: string | null;
  title: string | null;
  publisher: string | null;
  /** ISO 8601, UTC. */
  publishedAt: string | null;
  /** Plain text: no tags; HTML paragraphs become blank-line-separated, plain text keeps its own lines. */
  text: string;
}

/** A date string or Date as ISO 8601, or null when it is missing or not a date. */
export function toIsoDate(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Only http(s) links are kept: a javascript: or data: link from a feed must never reach a page. */
export function httpUrlOrNull(value: string | null | undefined, base?: string): string | null {
  if (!value) return null;
  try {
    const url = base && /^https?:/.test(base) ? new URL(value, base) : new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function trimmedOrNull(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed === '' ? null : trimmed;
}
