// HTML to plain text for announcement bodies: block elements become paragraphs (separated by a blank line),
// <br> a line break, runs of whitespace one space; script, style and other non-content elements are dropped
// whole, so no tag or script text survives. Text with no markup keeps its own line structure.
import { parseHTML } from 'linkedom';

const DROPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG', 'HEAD', 'FORM']);
const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'ASIDE',
  'HEADER',
  'FOOTER',
  'MAIN',
  'BLOCKQUOTE',
  'PRE',
  'FIGURE',
  'FIGCAPTION',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'UL',
  'OL',
  'LI',
  'DL',
  'DT',
  'DD',
  'TABLE',
  'TR',
  'HR',
]);
// Markers placed while walking, turned into line breaks after whitespace is collapsed.
const PARAGRAPH = '\u0000';
const LINE = '\u0001';

/** Text that may or may not be HTML (RSS descriptions are either): markup or entities make it HTML. */
export function toPlainText(value: string | null | undefined): string {
  if (!value) return '';
  if (/<[a-zA-Z!/?]|&[#a-zA-Z0-9]+;/.test(value)) return htmlToText(value);
  return plainText(value);
}

export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const parts: string[] = [];
  walk(document.body as unknown as Node, parts);
  return plainText(
    parts
      .join('')
      .replace(/[ \t\r\n\f]+/g, ' ')
      .split(PARAGRAPH)
      .join('\n\n')
      .split(LINE)
      .join('\n'),
  );
}

function walk(node: Node, parts: string[]): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      parts.push((child.textContent ?? '').replaceAll(PARAGRAPH, '').replaceAll(LINE, ''));
    } else if (child.nodeType === 1) {
      const name = (child as Element).tagName.toUpperCase();
      if (DROPPED.has(name)) continue;
      if (name === 'BR') {
        parts.push(LINE);
        continue;
      }
      const isBlock = BLOCKS.has(name);
      if (isBlock) parts.push(PARAGRAPH);
      walk(child, parts);
      if (isBlock) parts.push(PARAGRAPH);
    }
  }
}

/** Text known to be plain: trims each line, collapses blank runs to one blank line, and trims the whole. */
export function plainText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
