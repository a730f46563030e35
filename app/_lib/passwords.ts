// Password hashing with scrypt from node:crypto (no hand-rolled crypto, no native add-on). A hash is stored
// as `scrypt$N$r$p$salt$hash` (salt and hash in base64url), so the cost can be raised later and old hashes
// still verify with the parameters they were made with.
//
// Cost: N=2^16, r=8, p=1 (64 MiB) took 181–189 ms a hash on this project's 2-core machine (2^15 took ~90 ms,
// 2^17 ~380 ms), inside the 100–400 ms aim. Hashing is the expensive part of a sign-in, so the login limiter
// runs before it (app/login/sign-in.ts).
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { z } from 'zod';
import { guessablePasswordProblem } from './password-strength';
import { PASSWORD_MAX_LENGTH, passwordLengthProblem } from './password-rules';

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-rules';

/**
 * Why a new password will not do, or null: its length, then how easy it is to guess, the account's own
 * email and name (`userInputs`) included. Every way of setting a password runs it before hashing.
 */
export function passwordProblem(password: string, userInputs: readonly (string | null | undefined)[]): string | null {
  return passwordLengthProblem(password) ?? guessablePasswordProblem(password, userInputs);
}

const COST = { N: 2 ** 16, r: 8, p: 1 } as const;
const KEY_BYTES = 32;
const SALT_BYTES = 16;
/** A stored hash asking for more than this is refused rather than run (a tampered row must not hog memory). */
const MAX_LOG2_N = 20;

/** Hashes and verifies passwords; injectable so a test can count how often hashing happens. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, stored: string): Promise<boolean>;
}

function scrypt(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; Node's default ceiling (32 MiB) is below N=2^16.
  const maxmem = 256 * options.N! * options.r! + 1024 * 1024;
  return new Promise((resolve, reject) =>
    scryptCallback(normalize(password), salt, KEY_BYTES, { ...options, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** The same password typed on two devices may arrive in different Unicode forms; compare one form. */
function normalize(password: string): string {
  return password.normalize('NFC');
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await scrypt(password, salt, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

interface ParsedHash {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  key: Buffer;
}

function parseHash(stored: string): ParsedHash | null {
  const [scheme, n, r, p, salt, key, ...rest] = stored.split('$');
  if (scheme !== 'scrypt' || rest.length || !salt || !key) return null;
  const [N, R, P] = [Number(n), Number(r), Number(p)];
  const isPowerOfTwo = Number.isInteger(N) && N > 1 && (N & (N - 1)) === 0;
  if (!isPowerOfTwo || N > 2 ** MAX_LOG2_N || !Number.isInteger(R) || !Number.isInteger(P)) return null;
  if (R < 1 || R > 32 || P < 1 || P > 16) return null;
  const parsed = { N, r: R, p: P, salt: Buffer.from(salt, 'base64url'), key: Buffer.from(key, 'base64url') };
  return parsed.salt.length >= SALT_BYTES && parsed.key.length === KEY_BYTES ? parsed : null;
}

/** True when `password` matches `stored`; a malformed or tampered hash never matches (and never throws). */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const key = await scrypt(password, parsed.salt, { N: parsed.N, r: parsed.r, p: parsed.p });
  return timingSafeEqual(key, parsed.key);
}

export const scryptHasher: PasswordHasher = { hash: hashPassword, verify: verifyPassword };

let decoyHash: Promise<string> | undefined;
/**
 * A hash of a random password, verified when the email is unknown or the account disabled, so that a
 * sign-in takes as long for a missing account as for a wrong password (no account enumeration by timing).
 */
export function decoyPasswordHash(hasher: PasswordHasher = scryptHasher): Promise<string> {
  if (hasher !== scryptHasher) return hasher.hash(randomBytes(18).toString('base64url'));
  decoyHash ??= hashPassword(randomBytes(18).toString('base64url'));
  return decoyHash;
}

/**
 * A new password typed twice, as every form that sets one posts it: the fields, then the check of both.
 * The schema checks the length only; the handler, knowing whose password it is, runs passwordProblem.
 */
export const newPasswordFields = {
  password: z
    .string()
    .max(PASSWORD_MAX_LENGTH)
    .superRefine((password, context) => {
      const problem = passwordLengthProblem(password);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    }),
  repeat: z.string().max(PASSWORD_MAX_LENGTH),
};

export const typedTwice: [
  (input: { password: string; repeat: string }) => boolean,
  { path: string[]; message: string },
] = [
  (input) => input.password === input.repeat,
  { path: ['repeat'], message: 'The two passwords differ: type the same one twice.' },
];
