// The accounts the end-to-end tests sign in with, and where tests/e2e/auth.setup.ts saves each one's signed-in
// browser state. A spec acting as an admin uses `test.use({ storageState: ADMIN_STATE })`. Such a spec must
// not sign out through the page: that would end the shared session for every spec after it.
export const ADMIN = {
  email: 'admin@laurels.test',
  password: 'admin password for the e2e tests',
  role: 'admin',
} as const;
export const EDITOR = {
  email: 'editor@laurels.test',
  password: 'editor password for the e2e tests',
  role: 'editor',
} as const;

export const ADMIN_STATE = 'tests/.tmp/e2e/admin.json';
export const EDITOR_STATE = 'tests/.tmp/e2e/editor.json';
