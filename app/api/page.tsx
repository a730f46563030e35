// /api: the JSON API in plain words for a developer who arrives from the footer: what it offers, how
// lists, caching and errors work, and requests to try. The exact description is /api/v1/openapi.json.
import type { Metadata } from 'next';
import { MAX_PER_PAGE } from './v1/_lib/envelopes';
import { CACHE_CONTROL } from './v1/_lib/respond';
import { ScrollRegion } from '@/app/_components/scroll-region';

export const metadata: Metadata = {
  title: 'JSON API',
  description: 'Read every documentary award nomination in Laurels as JSON: awards, editions, films, people.',
};

const ENDPOINTS: { path: string; what: string }[] = [
  { path: '/api/v1/awards', what: 'Every award, with how many editions Laurels holds.' },
  { path: '/api/v1/awards/{award}', what: 'One award, its organization and its categories across the years.' },
  { path: '/api/v1/awards/{award}/editions', what: 'The award’s editions with their dates, oldest first.' },
  {
    path: '/api/v1/awards/{award}/editions/{edition}',
    what: 'One edition: its categories, each with every nomination.',
  },
  {
    path: '/api/v1/films?q=',
    what: 'Films by title, a page at a time; q finds words of a title, another name or year, as search does.',
  },
  { path: '/api/v1/films/{film}', what: 'One film, by slug or IMDb id (tt…), with credits and nominations.' },
  {
    path: '/api/v1/people?q=',
    what: 'People and companies by name, a page at a time; q finds words of a name or another name, as search does.',
  },
  { path: '/api/v1/people/{person}', what: 'One person or company, by slug or IMDb id, with credits and nominations.' },
  {
    path: '/api/v1/nominations?award=&edition=&category=&film=&person=&status=',
    what: 'Every nomination, a page at a time, in a stable order; filters are optional (edition and category within an award).',
  },
  { path: '/api/v1/nominations/{id}', what: 'One nomination.' },
];

const EXAMPLES: { href: string; what: string }[] = [
  { href: '/api/v1/films/tt5275892', what: 'O.J.: Made in America, found by its IMDb id' },
  { href: '/api/v1/awards/ida-documentary-awards/editions/2016', what: 'the 2016 IDA Documentary Awards' },
  { href: '/api/v1/nominations?award=academy-awards&status=won&per_page=50', what: 'Academy Award winners' },
  {
    href: '/api/v1/nominations?award=academy-awards&category=documentary-feature&status=won',
    what: 'every winner of the Oscar for documentary feature, whatever the year called the category',
  },
];

export default function ApiPage() {
  return (
    <div className="api-docs">
      <h1>JSON API</h1>
      <p className="lede">
        Everything Laurels shows is also data: read-only JSON, free to use from any website or script. Each nomination
        comes with its status history (every change, when it happened, and whether an editor, an importer or a job
        recorded it) and every source that reported it.
      </p>
      <p>
        The full description, with every parameter and the exact shape of every answer, is the OpenAPI 3.1 document{' '}
        <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>: load it into any OpenAPI viewer or client generator.
      </p>

      <h2>Endpoints</h2>
      <ScrollRegion label="Endpoints">
        <table>
          <thead>
            <tr>
              <th scope="col">GET</th>
              <th scope="col">What it gives</th>
            </tr>
          </thead>
          <tbody>
            {ENDPOINTS.map((endpoint) => (
              <tr key={endpoint.path}>
                <td>
                  <code>{endpoint.path}</code>
                </td>
                <td>{endpoint.what}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>

      <h2>How it behaves</h2>
      <ul>
        <li>
          <strong>Lists</strong> take <code>page</code> and <code>per_page</code> (25 by default, at most {MAX_PER_PAGE}
          ). Each page says its <code>meta.total</code> and links to the <code>first</code>, <code>last</code>,{' '}
          <code>prev</code> and <code>next</code> pages; follow <code>links.next</code> until it is null.
        </li>
        <li>
          <strong>Caching</strong>: answers carry <code>Cache-Control: {CACHE_CONTROL}</code> and an <code>ETag</code>;
          send it back in <code>If-None-Match</code> and an unchanged answer costs a bodiless 304.
        </li>
        <li>
          <strong>Any origin</strong> may call the API from a browser (CORS, <code>Access-Control-Allow-Origin: *</code>
          ).
        </li>
        <li>
          <strong>Errors</strong> are JSON, <code>{'{"error": {"status": 404, "message": "…"}}'}</code>: 400 for a bad
          parameter, one the endpoint does not take or one given twice (the message names it), 404 for a name Laurels
          does not hold, 405 for anything but GET, HEAD and OPTIONS. A merged film’s old slug, or an edition named by
          its year or ordinal, answers 301 to the current address.
        </li>
        <li>
          The API is versioned: <code>/api/v1</code> keeps its shapes; a change that would break a client gets a new
          version.
        </li>
        <li>
          <strong>Whole files</strong>: <code>/export?edition=AWARD/EDITION</code>, <code>?award=AWARD</code> or{' '}
          <code>?film=FILM</code>, with <code>format=csv</code> (the default) or <code>json</code>, downloads every
          nomination of it at once, with its status, date and source. Edition, award and film pages link theirs.
        </li>
      </ul>

      <h2>Try it</h2>
      <ul>
        {EXAMPLES.map((example) => (
          <li key={example.href}>
            <a href={example.href}>
              <code>{example.href}</code>
            </a>
            : {example.what}
          </li>
        ))}
      </ul>
      <p>From a terminal, revalidating with the ETag of an earlier answer:</p>
      <pre tabIndex={0}>
        <code>{`curl -i -H 'If-None-Match: "<the ETag>"' https://<this site>/api/v1/awards`}</code>
      </pre>
    </div>
  );
}
