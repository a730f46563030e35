// A page's dynamic segments as the address gave them. Next.js hands a page its segments still %-escaped
// ("anders-%C3%B8stergaard"), the public pages rendered on demand and the admin pages alike, while route
// handlers (and some pages' metadata) get them decoded; so a slug with a letter outside ASCII found its
// record in the title and not in the page. Every page that reads a slug from its address goes through here.

/** Every segment decoded; decoding an already decoded one changes nothing, and one holding a bare "%" stays as it is. */
export async function pageParams<T extends Record<string, string>>(params: Promise<T>): Promise<T> {
  const given = await params;
  return Object.fromEntries(Object.entries(given).map(([name, value]) => [name, decodeSegment(value)])) as T;
}

export function decodeSegment(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** A query parameter that names a record by its id (?deleted=ID): the id, or undefined for anything else. */
export function idParam(value: string | string[] | undefined): number | undefined {
  return typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : undefined;
}
