// What the source pages say of a source: shared by the list of sources and each source's own page.

export const SOURCE_KIND_LABELS = {
  article: 'Article',
  press_release: 'Press release',
  dataset: 'Data set',
  feed: 'Feed',
  admin: 'Entered by an admin',
} as const;

/** The site a source's address is on ("documentary.org"), to name a source given by its address alone. */
export function sourceSite(url: string | null): string | null {
  if (!url || !URL.canParse(url)) return null;
  return new URL(url).hostname.replace(/^www\./, '') || null;
}

/** A source's name on its page and in lists: its title, else its publisher, else its site, else its number. */
export function sourceTitle(source: {
  id: number;
  title: string | null;
  publisher: string | null;
  url: string | null;
}): string {
  return source.title ?? source.publisher ?? sourceSite(source.url) ?? `Source ${source.id}`;
}
