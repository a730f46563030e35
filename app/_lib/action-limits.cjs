// The largest body a Server Action takes, in one place for next.config.js (which Next.js enforces, with a
// bare 500) and app/_lib/post-screen.ts (which answers a larger one first, with a clear 413). CommonJS,
// because next.config.js is. The CSV import takes 5 MB, and its confirm step posts the text back.
const ACTION_BODY_LIMIT_BYTES = 6 * 1024 * 1024;

module.exports = { ACTION_BODY_LIMIT_BYTES };
