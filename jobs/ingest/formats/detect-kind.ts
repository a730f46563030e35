// Guesses what a document is from its first bytes and its Content-Type, so a source added without a kind
// gets the right reader, and a reader handed the wrong thing can say so in words.
import type { IngestionKind } from '@/db/schema';

const KIND_NAMES: Record<IngestionKind, string> = {
  rss: 'an RSS feed',
  atom: 'an Atom feed',
  json: 'a JSON Feed',
  html: 'an HTML page',
};

export function describeKind(kind: IngestionKind): string {
  return KIND_NAMES[kind];
}

export function detectKind(text: string, contentType: string | null): IngestionKind | null {
  const head = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .trimStart();
  const type = contentType?.toLowerCase() ?? '';
  if (head.startsWith('{') || (type.includes('json') && !head.startsWith('<'))) return 'json';
  const root = rootElementName(head);
  if (root === 'rss' || root === 'rdf:rdf' || root === 'rdf') return 'rss';
  if (root === 'feed') return 'atom';
  if (root === 'html' || /^<!doctype\s+html/i.test(head) || (type.includes('html') && head.startsWith('<'))) {
    return 'html';
  }
  if (type.includes('rss')) return 'rss';
  if (type.includes('atom')) return 'atom';
  return null;
}

/** The first element's name, skipping the XML declaration, processing instructions, comments and DOCTYPE. */
function rootElementName(head: string): string | null {
  const rest = head.replace(/^(?:\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!doctype[^>[]*(?:\[[\s\S]*?\])?\s*>))*\s*/i, '');
  const match = rest.match(/^<([a-zA-Z][\w.:-]*)/);
  return match?.[1]?.toLowerCase() ?? null;
}
