// Charset handling: header, XML declaration, HTML meta, BOM, undeclared Latin-1, unknown names.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { FetchError } from '@/jobs/ingest/fetch';
import { decodeBody } from '@/jobs/ingest/fetch-decode';

const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

describe('decodeBody', () => {
  it('uses the Content-Type charset first', () => {
    const bytes = latin1('<?xml version="1.0" encoding="UTF-8"?><t>Bront\u00eb</t>');
    expect(decodeBody(bytes, 'text/xml; charset="iso-8859-1"')).toContain('Bront\u00eb');
  });

  it('uses the XML declaration when the header names no charset', () => {
    const bytes = latin1('<?xml version="1.0" encoding="ISO-8859-1"?><t>Caf\u00e9</t>');
    expect(decodeBody(bytes, 'application/xml')).toContain('Caf\u00e9');
  });

  it('uses an HTML meta charset', () => {
    const html = '<html><head><meta charset="windows-1251"></head><body>\u0424\u0438\u043b\u044c\u043c</body></html>';
    const bytes = new Uint8Array(iconv.encode(html, 'windows-1251'));
    expect(decodeBody(bytes, 'text/html')).toContain('\u0424\u0438\u043b\u044c\u043c');
    const httpEquiv = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>na\u00efve</p>';
    expect(decodeBody(latin1(httpEquiv), null)).toContain('na\u00efve');
  });

  it('defaults to UTF-8 and strips a byte-order mark', () => {
    const bytes = new Uint8Array(Buffer.from('\uFEFF<t>\u00c9t\u00e9 \u2014 \u6771\u4eac</t>', 'utf8'));
    expect(decodeBody(bytes, null)).toBe('<t>\u00c9t\u00e9 \u2014 \u6771\u4eac</t>');
  });

  it('reads undeclared bytes that are not UTF-8 as windows-1252 rather than replacement characters', () => {
    const text = decodeBody(latin1('<t>Les Glaneurs et la glaneuse, d\u00e9j\u00e0 prim\u00e9</t>'), null);
    expect(text).toBe('<t>Les Glaneurs et la glaneuse, d\u00e9j\u00e0 prim\u00e9</t>');
    expect(text).not.toContain('\uFFFD');
  });

  it('refuses an unknown declared encoding with a clear message', () => {
    const bytes = latin1('<?xml version="1.0" encoding="klingon-8"?><rss/>');
    expect(() => decodeBody(bytes, null)).toThrow(FetchError);
    expect(() => decodeBody(bytes, null)).toThrow('the document declares an unknown character encoding "klingon-8"');
    expect(() => decodeBody(bytes, 'text/xml; charset=nope')).toThrow('unknown character encoding "nope"');
  });
});
