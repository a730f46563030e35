// JSON Feed 1.0 and 1.1 (jsonfeed.org), checked with zod: a JSON document that is not a JSON Feed is a
// ParseError saying what is missing, not a list of empty items.
import { z } from 'zod';
import { ParseError } from '../parse-error';
import { htmlToText, plainText } from './html-text';
import { httpUrlOrNull, toIsoDate, trimmedOrNull, type ReadItem } from './read-item';

const jsonFeedItemSchema = z.object({
  id: z.union([z.string(), z.number()], { error: 'is missing or not valid' }).transform(String),
  url: z.string().optional(),
  external_url: z.string().optional(),
  title: z.string().optional(),
  content_html: z.string().optional(),
  content_text: z.string().optional(),
  summary: z.string().optional(),
  date_published: z.string().optional(),
});

const jsonFeedSchema = z.object({
  version: z
    .string({ error: 'is missing: a JSON Feed names its version' })
    .regex(/^https?:\/\/jsonfeed\.org\/version\/1(\.1)?\/?$/, 'is not a JSON Feed version'),
  title: z.string({ error: 'is missing' }),
  items: z.array(jsonFeedItemSchema, { error: 'is missing or not a list' }),
});

export function parseJsonFeed(text: string, url: string): ReadItem[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ParseError(`the document is not valid JSON (${(error as Error).message})`, { cause: error });
  }
  const parsed = jsonFeedSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `"${issue.path.join('.')}"` : 'the document';
    throw new ParseError(`not a JSON Feed: ${where} ${issue?.message ?? 'is not valid'}`);
  }
  return parsed.data.items.flatMap((item) => {
    const title = trimmedOrNull(item.title);
    const body = item.content_html ? htmlToText(item.content_html) : plainText(item.content_text ?? item.summary ?? '');
    const itemText = body || title || '';
    if (!itemText) return [];
    return [
      {
        guid: item.id,
        url: httpUrlOrNull(item.url ?? item.external_url, url),
        title,
        publisher: null,
        publishedAt: toIsoDate(item.date_published),
        text: itemText,
      },
    ];
  });
}
