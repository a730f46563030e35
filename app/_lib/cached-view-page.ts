// For the routes that render a cached view (app/_lib/cached-views.ts): the query parameters an internal
// address carries. An address that proxy.ts did not make is not a page.
import { notFound } from 'next/navigation';
import { decodeView, type RawParams } from './cached-views';

/** The parameters of an address made without a date (every view but home and the dashboard), else a 404. */
export function undatedViewParams(segment: string): RawParams {
  const decoded = decodeView(segment);
  if (!decoded || decoded.day !== null) notFound();
  return decoded.params;
}
