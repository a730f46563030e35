// Where the feeds and calendars of an award, an edition, a film and a person live: one place for the route
// handlers and the Follow links on the pages, so the two cannot drift apart.
// `<base>.atom`, `<base>.rss` and `<base>.ics` are served for each base below.
export const followPaths = {
  all: () => '/feeds/all',
  award: (award: string) => `/feeds/awards/${award}`,
  edition: (award: string, edition: string) => `/feeds/editions/${award}/${edition}`,
  film: (film: string) => `/feeds/films/${film}`,
  person: (person: string) => `/feeds/people/${person}`,
};

export const FOLLOW_FORMATS = ['atom', 'rss', 'ics'] as const;
export type FollowFormat = (typeof FOLLOW_FORMATS)[number];

export const FOLLOW_CONTENT_TYPES: Record<FollowFormat, string> = {
  atom: 'application/atom+xml; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
};
