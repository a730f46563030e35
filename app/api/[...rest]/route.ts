// Any address under /api that is no page and no endpoint (/api/v2, /api/V1/awards) answers as the API
// does, a JSON 404 pointing at its description, never the site's HTML "not found" page.
export { DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT } from '../v1/[...rest]/route';

export const dynamic = 'force-dynamic';
