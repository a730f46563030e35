// The session cookie's name, on its own so that proxy.ts can tell a visitor with a session from one
// without, without loading the session code and its database access (app/_lib/session.ts).
export const SESSION_COOKIE = 'laurels_session';
