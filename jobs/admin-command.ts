// `laurels admin create --email E [--name N] [--role admin|editor]`, `laurels admin reset-password --email E`
// and `laurels admin list`: the accounts of the people who keep Laurels. The password is never an argument:
// it comes from a hidden prompt or standard input (jobs/password-input.ts). Creating and resetting are
// recorded in the audit log with the actor 'cli'. Every refusal is one line and exit code 1 (jobs/cli.ts).
import { Option, type Command } from 'commander';
import { z } from 'zod';
import { hashPassword, passwordProblem } from '../app/_lib/passwords';
import type { OpenDatabase } from './cli';
import {
  AccountError,
  EMAIL_MAX_LENGTH,
  createUser,
  getUserByEmail,
  listUsers,
  normalizeEmail,
  setUserPassword,
  updateAccount,
  type AccountChange,
} from '../db/queries/users';
import { shortened } from '../db/rules/text';
import { USER_ROLES, type UserRole } from '../db/schema';
import { readNewPassword } from './password-input';

const CLI_ACTOR = 'cli';
const emailSchema = z.email();

type ReadPassword = () => Promise<string>;

function checkedEmail(email: string): string {
  const normalized = normalizeEmail(email);
  if (normalized.length > EMAIL_MAX_LENGTH || !emailSchema.safeParse(normalized).success) {
    throw new AccountError(`"${shortened(email)}" is not an email address.`);
  }
  return normalized;
}

/**
 * Reads the new password and hashes it, or says why it will not do; `account` is its email and name, which
 * the password must not be guessable from.
 */
async function newPasswordHash(readPassword: ReadPassword, account: (string | null | undefined)[]): Promise<string> {
  const password = await readPassword();
  const problem = passwordProblem(password, account);
  if (problem) throw new AccountError(`${problem} Nothing was changed.`);
  return hashPassword(password);
}

export function registerAdminCommand(
  program: Command,
  openDb: OpenDatabase,
  readPassword: ReadPassword = readNewPassword,
) {
  const admin = program
    .command('admin')
    .description('manage the accounts of admins and editors')
    // One line for a wrong option (the subcommands inherit this); the full help would bury it.
    .showHelpAfterError(false);

  admin
    .command('create')
    .description('create an account; the password is asked for (or read from the first line of standard input)')
    .requiredOption('--email <email>', 'the email address to sign in with')
    .option('--name <name>', 'the name shown in the admin pages')
    .addOption(new Option('--role <role>', 'what the account may do').choices(USER_ROLES).default('admin'))
    .action(async (options: { email: string; name?: string; role: UserRole }) => {
      const email = checkedEmail(options.email);
      const db = openDb();
      try {
        // Checked before asking for a password, so a mistake is known at once; createUser checks again.
        if (getUserByEmail(db, email)) throw new AccountError(`An account for ${email} already exists.`);
        const passwordHash = await newPasswordHash(readPassword, [email, options.name]);
        const user = createUser(db, { email, name: options.name, role: options.role, passwordHash }, CLI_ACTOR);
        console.log(`Created ${user.role} account ${user.email} (id ${user.id}).`);
      } finally {
        db.$client.close();
      }
    });

  admin
    .command('reset-password')
    .description('set a new password (asked for, or read from standard input) and end the account’s sessions')
    .requiredOption('--email <email>', 'the account’s email address')
    .action(async (options: { email: string }) => {
      const email = checkedEmail(options.email);
      const db = openDb();
      try {
        const account = getUserByEmail(db, email);
        if (!account) throw new AccountError(`There is no account for ${email}.`);
        const passwordHash = await newPasswordHash(readPassword, [email, account.name]);
        setUserPassword(db, email, passwordHash, CLI_ACTOR);
        console.log(`New password set for ${email}; any sessions it had are ended.`);
      } finally {
        db.$client.close();
      }
    });

  const change = (name: string, description: string, toChange: (options: { role?: UserRole }) => AccountChange) => {
    const command = admin
      .command(name)
      .description(description)
      .requiredOption('--email <email>', 'the account’s email address');
    return command.action((options: { email: string; role?: UserRole }) => {
      const email = checkedEmail(options.email);
      const db = openDb();
      try {
        const user = updateAccount(db, email, toChange(options), CLI_ACTOR);
        const state = user.disabledAt ? 'disabled: it cannot sign in, and its sessions are ended' : 'can sign in';
        console.log(`${user.email} is ${user.role === 'admin' ? 'an admin' : 'an editor'} and ${state}.`);
      } finally {
        db.$client.close();
      }
    });
  };
  change('set-role', 'make an account an admin or an editor', ({ role }) => ({ role })).addOption(
    new Option('--role <role>', 'what the account may do').choices(USER_ROLES).makeOptionMandatory(),
  );
  change('disable', 'stop an account from signing in and end its sessions (its past changes keep its name)', () => ({
    disabled: true,
  }));
  change('enable', 'let a disabled account sign in again', () => ({ disabled: false }));

  admin
    .command('list')
    .description('list every account with its role')
    .action(() => {
      const db = openDb({ mustExist: true });
      try {
        const users = listUsers(db);
        if (!users.length) console.log('No accounts yet: create one with `laurels admin create --email E`.');
        for (const user of users) {
          const state = user.disabledAt ? ` (disabled ${user.disabledAt.slice(0, 10)})` : '';
          console.log(
            `${user.email}\t${user.role}\t${user.name ?? ''}\tcreated ${user.createdAt.slice(0, 10)}${state}`,
          );
        }
      } finally {
        db.$client.close();
      }
    });
}
