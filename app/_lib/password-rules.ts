// What a new password must be, apart from hashing (./passwords.ts, which needs node:crypto): so the form
// in the browser states the same lengths the server checks.
export const PASSWORD_MIN_LENGTH = 12;
/** Long enough for any passphrase or manager-made password, short enough that hashing stays bounded. */
export const PASSWORD_MAX_LENGTH = 256;

/** Why a new password's length is not acceptable, or null when it is (how guessable it is: ./passwords.ts). */
export function passwordLengthProblem(password: string): string | null {
  // UTF-16 length, as zod and the browser's maxlength count it, so every check agrees.
  const length = password.length;
  if (length < PASSWORD_MIN_LENGTH) return `The password must be at least ${PASSWORD_MIN_LENGTH} characters long.`;
  if (length > PASSWORD_MAX_LENGTH) return `The password must be at most ${PASSWORD_MAX_LENGTH} characters long.`;
  return null;
}
