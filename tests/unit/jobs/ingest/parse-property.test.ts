// Property: whatever text arrives, parseDocument either returns items or throws a ParseError — never
// another kind of error that would crash the job. Fixed seed and bounded runs keep it fast and repeatable.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { INGESTION_KINDS } from '@/db/schema';
import { parseDocument, ParseError } from '@/jobs/ingest/parse';

const fragments = fc.constantFrom(
  '<?xml version="1.0"?>',
  '<rss version="2.0">',
  '<channel>',
  '<item>',
  '<title>',
  '</title>',
  '</item>',
  '<feed xmlns="http://www.w3.org/2005/Atom">',
  '<entry>',
  '<rdf:RDF>',
  '<!DOCTYPE html>',
  '<html>',
  '<p>',
  '<script>',
  '<![CDATA[',
  ']]>',
  '&amp;',
  '&bogus;',
  '<!ENTITY a "b">',
  '{"version":"https://jsonfeed.org/version/1.1"',
  ',"items":[{"id":1}]',
  '}',
  '[',
  '"',
  'text',
  '\u0000',
  '\uFFFD',
  '<',
  '>',
);
const documents = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.array(fragments, { maxLength: 30 }).map((parts) => parts.join('')),
);

describe('parseDocument on arbitrary text', () => {
  it('throws nothing but ParseError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...INGESTION_KINDS), documents, async (kind, text) => {
        try {
          await parseDocument(kind, text, { url: 'https://example.org/feed', contentType: null });
        } catch (error) {
          if (!(error instanceof ParseError)) throw error;
        }
      }),
      { seed: 20161206, numRuns: 300 },
    );
  });
});
