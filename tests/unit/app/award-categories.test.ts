// An award page's table of categories shows a group and the documentary mark only where they tell its
// categories apart, so the Oscars' two documentary categories are not each labelled "Title" (oscar_data's
// class) and "(documentary)".
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AwardCategories, yearLabelsOf, type AwardCategoryView } from '@/app/_components/award-categories';

const category = (id: number, name: string, groupName: string | null, isDocumentary: boolean): AwardCategoryView => ({
  id,
  name,
  groupName,
  isDocumentary,
  editionCount: 3,
  firstYear: 2001,
  lastYear: 2003,
});

const table = (categories: AwardCategoryView[]) => renderToStaticMarkup(createElement(AwardCategories, { categories }));

describe('an award’s categories', () => {
  it('leave out a group and a documentary mark that every category shares', () => {
    const html = table([
      category(1, 'Documentary (Feature)', 'Title', true),
      category(2, 'Documentary (Short Subject)', 'Title', true),
    ]);
    expect(html).not.toContain('Group');
    expect(html).not.toContain('Title');
    expect(html).not.toContain('(documentary)');
    expect(html).toContain('<td>2001–2003</td>');
  });

  it('show the groups, and mark the documentaries, of an award with other categories too', () => {
    const html = table([
      category(1, 'Best Picture', 'Title', false),
      category(2, 'Documentary (Feature)', 'Title', true),
      category(3, 'Directing', 'Directing', false),
    ]);
    expect(html).toContain('<th scope="col">Group</th>');
    expect(html).toContain('<td>Directing</td>');
    // "Documentary (Feature)" says it already: no "(documentary)" after it.
    expect(html).not.toContain('(documentary)');
    const withFeature = table([
      category(1, 'Best Picture', 'Title', false),
      category(2, 'Best Feature', 'Title', true),
    ]);
    expect(withFeature).toContain('Best Feature<span class="muted"> (documentary)</span>');
  });

  it('write the years as the award’s editions write them', () => {
    const html = renderToStaticMarkup(
      createElement(AwardCategories, {
        categories: [{ ...category(1, 'Documentary (Feature)', null, true), firstYear: 1928, lastYear: 2025 }],
        yearLabels: yearLabelsOf([
          { year: 1928, yearLabel: '1927/28' },
          { year: 2025, yearLabel: null },
        ]),
      }),
    );
    expect(html).toContain('<td>1927/28–2025</td>');
  });
});

describe('an award’s categories not yet linked across the years', () => {
  const unlinked = [{ name: 'QA Best Short', editionCount: 1, firstYear: 2030, lastYear: 2030 }];

  it('are listed by name, saying so, after the linked ones', () => {
    const html = renderToStaticMarkup(
      createElement(AwardCategories, { categories: [category(1, 'Best Feature', null, true)], unlinked }),
    );
    expect(html).toMatch(/Best Feature.*QA Best Short<span class="muted"> \(not yet linked across the years\)/);
    expect(html).toContain('<td>2030</td>');
  });

  it('are enough for the table when no category is linked', () => {
    const html = renderToStaticMarkup(createElement(AwardCategories, { categories: [], unlinked }));
    expect(html).not.toContain('No categories recorded yet');
    expect(html).toContain('QA Best Short');
  });
});
