import { describe, expect, it } from 'vitest';
import {
  decoyPasswordHash,
  hashPassword,
  passwordProblem,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  verifyPassword,
} from '@/app/_lib/passwords';

const PASSWORD = 'correct horse battery staple';

describe('password hashing (scrypt)', () => {
  it('stores scrypt with its cost, a 16-byte salt and a 32-byte key', async () => {
    const stored = await hashPassword(PASSWORD);
    expect(stored).toMatch(/^scrypt\$65536\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(stored).not.toContain(PASSWORD);
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword(PASSWORD);
    expect(await verifyPassword(PASSWORD, stored)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('salts every hash, so one password gives two different hashes that both verify', async () => {
    const [first, second] = await Promise.all([hashPassword(PASSWORD), hashPassword(PASSWORD)]);
    expect(first).not.toBe(second);
    expect(await verifyPassword(PASSWORD, second)).toBe(true);
  });

  it('treats the Unicode forms of one password as the same password', async () => {
    const composed = 'mot de passe café 2016';
    const stored = await hashPassword(composed.normalize('NFD'));
    expect(await verifyPassword(composed.normalize('NFC'), stored)).toBe(true);
  });

  it('refuses a tampered hash: another key, another salt, another cost', async () => {
    const stored = await hashPassword(PASSWORD);
    const [scheme, n, r, p, salt, key] = stored.split('$') as [string, string, string, string, string, string];
    const flip = (text: string) => (text[0] === 'A' ? 'B' : 'A') + text.slice(1);
    expect(await verifyPassword(PASSWORD, [scheme, n, r, p, salt, flip(key)].join('$'))).toBe(false);
    expect(await verifyPassword(PASSWORD, [scheme, n, r, p, flip(salt), key].join('$'))).toBe(false);
    expect(await verifyPassword(PASSWORD, [scheme, '32768', r, p, salt, key].join('$'))).toBe(false);
  });

  it('refuses malformed hashes without throwing, and never runs a cost it was not built for', async () => {
    const stored = await hashPassword(PASSWORD);
    const parts = stored.split('$');
    for (const bad of [
      '',
      'plain text',
      stored.replace('scrypt', 'bcrypt'),
      stored + '$extra',
      [...parts.slice(0, 1), '1000', ...parts.slice(2)].join('$'), // N not a power of two
      [...parts.slice(0, 1), String(2 ** 30), ...parts.slice(2)].join('$'), // 128 GiB of memory
      [...parts.slice(0, 5), 'c2hvcnQ'].join('$'), // a key of the wrong length
    ]) {
      expect(await verifyPassword(PASSWORD, bad)).toBe(false);
    }
  });

  it('has a decoy hash that no guess matches, for unknown accounts', async () => {
    const decoy = await decoyPasswordHash();
    expect(decoy).toMatch(/^scrypt\$/);
    expect(await verifyPassword(PASSWORD, decoy)).toBe(false);
  });
});

describe('passwordProblem', () => {
  it(`asks for at least ${PASSWORD_MIN_LENGTH} and at most ${PASSWORD_MAX_LENGTH} characters`, () => {
    expect(passwordProblem('a'.repeat(PASSWORD_MIN_LENGTH - 1), [])).toBe(
      'The password must be at least 12 characters long.',
    );
    expect(passwordProblem('a'.repeat(PASSWORD_MAX_LENGTH + 1), [])).toBe(
      'The password must be at most 256 characters long.',
    );
    expect(passwordProblem('vq7#Lm2!pZx9', [])).toBeNull();
  });

  it('refuses a password long enough but easy to guess: a common one, a keyboard run, a repeat, the account’s own name', () => {
    for (const weak of ['password1234', 'qwertyuiop123', 'a'.repeat(PASSWORD_MIN_LENGTH), 'iloveyou2024!']) {
      expect(passwordProblem(weak, []), weak).toMatch(/^This password is too easy to guess\./);
    }
    const account = ['maria.lopez@example.org', 'Maria Lopez'];
    expect(passwordProblem('marialopez2026', account)).toMatch(/too easy to guess/);
    expect(passwordProblem('marialopez2026', [])).toBeNull();
    // The name twice, with spaces: judged run together as well, where the repeat shows.
    expect(passwordProblem('Maria Lopez Maria Lopez', account)).toMatch(/too easy to guess/);
    // The address's own words in another order, however joined: zxcvbn alone scores this one 3.
    const night = ['night.editor@example.test', 'Night Editor'];
    for (const own of ['night.editor example', 'Example-Editor-Night-Test', 'editornightexample']) {
      expect(passwordProblem(own, night), own).toMatch(/^This password is too easy to guess: it is made only of/);
    }
    expect(passwordProblem('night.editor example', [])).toBeNull();
    // One of the account's words among others is not the account's words only.
    expect(passwordProblem('night lantern orchard velvet', night)).toBeNull();
  });

  it('accepts a passphrase of a few uncommon words', () => {
    expect(passwordProblem('correct horse battery staple', ['editor@example.org'])).toBeNull();
    expect(passwordProblem('lantern-orchard-velvet', [])).toBeNull();
  });
});
