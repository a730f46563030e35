import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '@/app/_lib/passwords';
import { openDatabase } from '@/db/client';
import { auditLog, users } from '@/db/schema';

const root = join(__dirname, '..', '..', '..');
const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function newDatabase(): string {
  const folder = mkdtempSync(join(tmpdir(), 'laurels-admin-'));
  folders.push(folder);
  return join(folder, 'laurels.db');
}

/** Runs `laurels admin …` as a user would, with `input` piped on standard input. */
function laurels(database: string, input: string, ...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'jobs/cli.ts', 'admin', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, LAURELS_DB: database },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function readDatabase(database: string) {
  const db = openDatabase(database, { readonly: true });
  try {
    return { users: db.select().from(users).all(), audit: db.select().from(auditLog).all() };
  } finally {
    db.$client.close();
  }
}

describe('laurels admin', () => {
  it('creates an account with the password from standard input, then refuses to create it again', async () => {
    const database = newDatabase();
    const created = laurels(
      database,
      'a long enough password\n',
      'create',
      '--email',
      'Ada@Laurels.test',
      '--name',
      'Ada',
    );
    expect(created.stderr).toBe('');
    expect(created.stdout).toBe('Created admin account ada@laurels.test (id 1).\n');
    expect(created.status).toBe(0);

    const {
      users: [user],
      audit,
    } = readDatabase(database);
    expect(user).toMatchObject({ email: 'ada@laurels.test', name: 'Ada', role: 'admin' });
    expect(await verifyPassword('a long enough password', user!.passwordHash)).toBe(true);
    expect(audit).toEqual([
      expect.objectContaining({ actor: 'cli', action: 'user.create', entityType: 'user', entityId: 1 }),
    ]);
    expect(JSON.stringify(audit)).not.toContain(user!.passwordHash);

    const again = laurels(database, 'a long enough password\n', 'create', '--email', 'ada@laurels.test');
    expect(again.status).toBe(1);
    expect(again.stderr).toBe('laurels: An account for ada@laurels.test already exists.\n');
  });

  it('creates an editor, and lists the accounts', () => {
    const database = newDatabase();
    expect(
      laurels(database, 'an editor passphrase 1\n', 'create', '--email', 'ed@laurels.test', '--role', 'editor').status,
    ).toBe(0);
    expect(laurels(database, '', 'list').stdout).toMatch(/^ed@laurels\.test\teditor\t\tcreated \d{4}-\d\d-\d\d\n$/);
  });

  it('refuses a short password, a bad role or a bad address in one line, and writes nothing', () => {
    const database = newDatabase();
    const short = laurels(database, 'too short\n', 'create', '--email', 'ada@laurels.test');
    expect(short).toMatchObject({
      status: 1,
      stderr: 'laurels: The password must be at least 12 characters long. Nothing was changed.\n',
    });
    const role = laurels(
      database,
      'a long enough password\n',
      'create',
      '--email',
      'ada@laurels.test',
      '--role',
      'owner',
    );
    expect(role.status).toBe(1);
    expect(role.stderr.trim().split('\n')).toHaveLength(1);
    expect(role.stderr).toContain('admin, editor');
    const guessable = laurels(
      database,
      'adalovelace1815\n',
      'create',
      '--email',
      'ada@laurels.test',
      '--name',
      'Ada Lovelace',
    );
    expect(guessable.status).toBe(1);
    expect(guessable.stderr).toMatch(/^laurels: This password is too easy to guess\..* Nothing was changed\.\n$/);
    expect(laurels(database, 'a long enough password\n', 'create', '--email', 'ada').stderr).toBe(
      'laurels: "ada" is not an email address.\n',
    );
    // Longer than any address, so the sign-in form would never take it.
    const long = `${'a'.repeat(250)}@laurels.test`;
    expect(laurels(database, 'a long enough password\n', 'create', '--email', long).stderr).toBe(
      `laurels: "${long.slice(0, 80)}…" is not an email address.\n`,
    );
    expect(laurels(database, '', 'create', '--email', 'ada@laurels.test').stderr).toBe(
      'laurels: No password given: type it at the prompt or pipe it on standard input.\n',
    );
    expect(readDatabase(database).users).toEqual([]);
  });

  it('resets a password from standard input, and refuses an unknown account', async () => {
    const database = newDatabase();
    laurels(database, 'the first password\n', 'create', '--email', 'ada@laurels.test');
    const reset = laurels(
      database,
      'the second password\nignored line\n',
      'reset-password',
      '--email',
      'ada@laurels.test',
    );
    expect(reset).toMatchObject({ status: 0, stderr: '' });
    const {
      users: [user],
      audit,
    } = readDatabase(database);
    expect(await verifyPassword('the second password', user!.passwordHash)).toBe(true);
    expect(audit.map((entry) => `${entry.actor} ${entry.action}`)).toEqual([
      'cli user.create',
      'cli user.password-reset',
    ]);

    const unknown = laurels(database, 'the third password\n', 'reset-password', '--email', 'nobody@laurels.test');
    expect(unknown).toMatchObject({ status: 1, stderr: 'laurels: There is no account for nobody@laurels.test.\n' });
  });

  it('changes a role, disables and enables an account, and never leaves no admin able to sign in', () => {
    const database = newDatabase();
    laurels(database, 'the first password\n', 'create', '--email', 'ada@laurels.test');
    laurels(database, 'the other password\n', 'create', '--email', 'ed@laurels.test', '--role', 'editor');

    expect(laurels(database, '', 'disable', '--email', 'ada@laurels.test')).toMatchObject({
      status: 1,
      stderr:
        'laurels: ada@laurels.test is the only admin who can sign in: make another account an admin first, ' +
        'so someone can still manage the accounts.\n',
    });
    expect(laurels(database, '', 'set-role', '--email', 'ed@laurels.test', '--role', 'admin')).toMatchObject({
      status: 0,
      stdout: 'ed@laurels.test is an admin and can sign in.\n',
    });
    expect(laurels(database, '', 'disable', '--email', 'ada@laurels.test')).toMatchObject({
      status: 0,
      stdout: 'ada@laurels.test is an admin and disabled: it cannot sign in, and its sessions are ended.\n',
    });
    expect(laurels(database, '', 'list').stdout).toMatch(/^ada@laurels\.test\tadmin\t\tcreated \S+ \(disabled \S+\)\n/);
    expect(laurels(database, '', 'enable', '--email', 'ada@laurels.test').status).toBe(0);
    expect(laurels(database, '', 'set-role', '--email', 'ed@laurels.test').status).toBe(1);

    const { users: accounts, audit } = readDatabase(database);
    expect(accounts.map((user) => [user.email, user.role, user.disabledAt])).toEqual([
      ['ada@laurels.test', 'admin', null],
      ['ed@laurels.test', 'admin', null],
    ]);
    expect(audit.filter((entry) => entry.action === 'user.update').map((entry) => entry.after)).toEqual([
      { role: 'admin' },
      { disabledAt: expect.any(String) },
      { disabledAt: null },
    ]);
  });

  it('has no option to pass a password on the command line', () => {
    const database = newDatabase();
    const result = laurels(
      database,
      '',
      'create',
      '--email',
      'ada@laurels.test',
      '--password',
      'a long enough password',
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("unknown option '--password'");
  });
});
