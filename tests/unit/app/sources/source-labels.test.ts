// How a source is named where it is cited and listed: by its title or publisher, and a source given only by
// its address by the site it is on, rather than as "Source 6" or "announcement".
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SourceCitation } from '@/app/_components/source-citation';
import { sourceSite, sourceTitle } from '@/app/sources/source-labels';

const bare = { id: 6, title: null, publisher: null, url: 'https://www.documentary.org/awards-2017-nominees' };

describe('a source’s name', () => {
  it('is its title, else its publisher, else the site of its address, else its number', () => {
    expect(sourceTitle({ ...bare, title: 'IDA announces nominees', publisher: 'IDA' })).toBe('IDA announces nominees');
    expect(sourceTitle({ ...bare, publisher: 'IDA' })).toBe('IDA');
    expect(sourceTitle(bare)).toBe('documentary.org');
    expect(sourceTitle({ ...bare, url: null })).toBe('Source 6');
    expect(sourceSite('not an address')).toBeNull();
  });

  it('names a source given by its address alone by its site where a status cites it', () => {
    const source = { ...bare, kind: 'article', publishedOn: null } as Parameters<typeof SourceCitation>[0]['source'];
    const html = renderToStaticMarkup(SourceCitation({ source }));
    expect(html).toContain('>documentary.org</a>');
    expect(html).not.toContain('announcement');
  });
});
