// A single article page read as one announcement: schema.org JSON-LD gives headline, date, publisher and
// body when the page has it; otherwise (or for a body JSON-LD leaves out) Mozilla Readability finds the
// main text, with og:site_name as publisher and article:published_time as date.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { ParseError } from '../parse-error';
import { htmlToText, toPlainText } from './html-text';
import { findArticleJsonLd } from './json-ld';
import { httpUrlOrNull, toIsoDate, trimmedOrNull, type ReadItem } from './read-item';

export function parseHtmlArticle(html: string, pageUrl: string): ReadItem[] {
  const { document } = parseHTML(html);
  const jsonLd = findArticleJsonLd(document as unknown as Document);
  const meta = (property: string) =>
    trimmedOrNull(
      document.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute('content'),
    );
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const publishedMeta = meta('article:published_time');
  const siteName = meta('og:site_name');
  // Readability changes the document it reads, so everything else is read from the page first.
  const readable = jsonLd?.articleBody ? null : readMainText(document as unknown as Document);
  const text = jsonLd?.articleBody ? toPlainText(jsonLd.articleBody) : (readable?.text ?? '');
  if (!text) throw new ParseError('no article text was found on the page');
  return [
    {
      guid: null,
      url: httpUrlOrNull(jsonLd?.url, pageUrl) ?? httpUrlOrNull(canonical, pageUrl) ?? httpUrlOrNull(pageUrl),
      title: trimmedOrNull(jsonLd?.headline) ?? readable?.title ?? meta('og:title'),
      publisher: trimmedOrNull(jsonLd?.publisher) ?? siteName ?? readable?.siteName ?? null,
      publishedAt: toIsoDate(jsonLd?.datePublished) ?? toIsoDate(publishedMeta) ?? toIsoDate(readable?.publishedTime),
      text,
    },
  ];
}

// Readability's work grows with the elements times their nesting: a page of 20,000 unclosed <div>s held
// the job for minutes. Real article pages are a few dozen levels deep and a few thousand elements.
const MAX_DEPTH = 256;
const MAX_ELEMENTS = 50_000;

function checkReadable(document: Document): void {
  // Text with no markup at all (a plain-text or JSON answer) gives a document without even a root.
  if (!document.documentElement) throw new ParseError('the page is not HTML: it holds no element at all');
  const stack: [Element, number][] = [[document.documentElement, 1]];
  let count = 0;
  while (stack.length) {
    const [element, depth] = stack.pop()!;
    if (++count > MAX_ELEMENTS) throw new ParseError(`the page has more than ${MAX_ELEMENTS} elements`);
    if (depth > MAX_DEPTH) throw new ParseError(`the page is nested more than ${MAX_DEPTH} elements deep`);
    for (const child of Array.from(element.children)) stack.push([child, depth + 1]);
  }
}

function readMainText(
  document: Document,
): { text: string; title: string | null; siteName: string | null; publishedTime: string | null } | null {
  checkReadable(document);
  const article = new Readability(document).parse();
  if (!article) return null;
  return {
    text: article.content ? htmlToText(article.content) : toPlainText(article.textContent),
    title: trimmedOrNull(article.title),
    siteName: trimmedOrNull(article.siteName),
    publishedTime: article.publishedTime ?? null,
  };
}
