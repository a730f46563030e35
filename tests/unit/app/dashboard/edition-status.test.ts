import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DashboardEdition } from '@/db/queries/dashboard-editions';
import { EditionStatus, editionsToShow, MAX_EDITION_CARDS } from '@/app/dashboard/_components/edition-status';

const today = '2026-11-25';

/** Edition n of a season, its ceremony on day n of 2026; those from `openFrom` on are not yet decided. */
function season(count: number, openFrom: number): DashboardEdition[] {
  return Array.from({ length: count }, (_, n) => {
    const ceremony = new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);
    const open = n >= openFrom;
    return {
      id: n + 1,
      slug: String(n),
      name: `Edition ${n}`,
      year: 2026,
      awardSlug: `award-${n}`,
      awardName: `Award ${n}`,
      submissionsDate: null,
      shortlistDate: null,
      nominationsDate: null,
      ceremonyDate: open ? '2027-01-10' : ceremony,
      resultsComplete: !open,
      season: 2026,
      counts: { shortlisted: 0, nominated: 5, won: open ? 0 : 1, lost: open ? 0 : 4 },
      awaitingCategories: [],
    };
  });
}

describe('edition status on the dashboard', () => {
  it('shows every edition of a season that fits', () => {
    const editions = season(MAX_EDITION_CARDS, 10);
    expect(editionsToShow(editions, today)).toEqual(editions);
  });

  it('shows the editions still under way, then the latest decided, in the season order', () => {
    const editions = season(200, 190);
    const shown = editionsToShow(editions, today).map((e) => e.id);
    expect(shown).toHaveLength(MAX_EDITION_CARDS);
    // Ten open (ids 191–200) and, in the cards left, the decided last (ids up to 190), in order.
    const decided = MAX_EDITION_CARDS - 10;
    expect(shown).toEqual([
      ...Array.from({ length: decided }, (_, i) => 191 - decided + i),
      ...Array.from({ length: 10 }, (_, i) => 191 + i),
    ]);
  });

  it('lists the season’s own editions first, and says of another season’s that it is there for its date ahead', () => {
    const [held, ...rest] = season(2, 1);
    const ahead = { ...rest[0]!, name: 'Next year’s edition', season: 2027 };
    const html = renderToStaticMarkup(
      createElement(EditionStatus, { editions: [ahead, held!], today, season: 2026 }),
    ).replace(/<!-- -->/g, '');
    expect(html.indexOf('Edition 0')).toBeLessThan(html.indexOf('Next year’s edition'));
    expect(html).toContain('Of the 2027–28 season: shown for its date ahead.');
    expect(html.match(/shown for its date ahead/g)).toHaveLength(1);
  });
});
