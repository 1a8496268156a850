// `npm run admin -- create <username> [--name "Display Name"]` and `npm run admin -- reset-password
// <username>`: what an operator runs on the server to make the first admin of an install without
// the demo (CLUSTERPLAN_DEMO=0), or to let someone back in. The password is asked for without echo
// on a terminal, or read as the first line of stdin when piped. Exit codes: 0 done, 1 refused, 2 usage.
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { openStorage, storageConfig, StorageConfigError, type Storage } from '../src/lib/server/db';
import {
	createUser,
	findUserByUsername,
	setPassword,
	USERNAME_PATTERN,
	type AccountErrorCode
} from '../src/lib/server/users';
import { isRefusal, Refusal } from '../src/lib/refusal';
import { MIN_PASSWORD_LENGTH } from '../src/lib/server/auth/password';
import { audit } from '../src/lib/server/audit';

const USAGE = `Usage:
  npm run admin -- create <username> [--name "Display Name"]
  npm run admin -- reset-password <username>
The password is asked for (not shown), or read from the first line of stdin when it is not a terminal.
The database is the server's: DATABASE_URL (PostgreSQL) or DATABASE_PATH (SQLite, default data/clusterplan.db).`;

/** A refusal the operator can act on (the services' own, or this command's): printed, exit code 1. */
const refused = (message: string) => new Refusal(400, 'refused', message);
/** The command line itself is wrong: printed with the usage, exit code 2. */
class UsageError extends Error {}

// The services' account refusals, worded for the command line.
const refusals: Record<AccountErrorCode, string> = {
	username:
		'a username is 3 to 32 characters: lower-case letters, digits, ".", "_" or "-", starting with a letter or digit',
	username_taken:
		'that username is taken (to give it a new password: npm run admin -- reset-password <username>)',
	password: `a password is ${MIN_PASSWORD_LENGTH} to 256 characters`,
	display_name: 'a display name is 1 to 80 characters'
};

/** Reads a line from the terminal without showing it. */
function hiddenLine(question: string): Promise<string> {
	const { stdin, stderr } = process;
	stderr.write(question);
	stdin.setRawMode(true);
	stdin.setEncoding('utf8');
	stdin.resume();
	return new Promise((resolve, reject) => {
		let value = '';
		const finish = () => {
			stdin.off('data', onData);
			stdin.setRawMode(false);
			stdin.pause();
			stderr.write('\n');
		};
		const onData = (chunk: string) => {
			for (const char of chunk) {
				if (char === '\r' || char === '\n' || char === '\u0004') {
					finish();
					return resolve(value);
				}
				if (char === '\u0003') {
					finish();
					return reject(refused('cancelled'));
				}
				if (char === '\u007f' || char === '\b') value = Array.from(value).slice(0, -1).join('');
				else value += char;
			}
		};
		stdin.on('data', onData);
	});
}

/** The first line of stdin (a pipe or a file), without its line ending. */
async function firstLineOfStdin(): Promise<string> {
	const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
	for await (const line of lines) {
		lines.close();
		return line;
	}
	throw refused('no password on stdin: pipe one line, or run this in a terminal');
}

async function askPassword(): Promise<string> {
	if (!process.stdin.isTTY) return firstLineOfStdin();
	const password = await hiddenLine('New password: ');
	if (password.length < MIN_PASSWORD_LENGTH) throw refused(refusals.password);
	if ((await hiddenLine('The same again: ')) !== password) throw refused('the two passwords differ');
	return password;
}

function checkUsername(username: string): string {
	const name = username.trim().toLowerCase();
	if (!USERNAME_PATTERN.test(name)) throw refused(refusals.username);
	return name;
}

async function create(storage: Storage, username: string, displayName: string | undefined): Promise<void> {
	const { db } = storage;
	// Checked before the password is asked for, so nobody types one for nothing.
	if (await findUserByUsername(db, username)) throw refused(refusals.username_taken);
	const password = await askPassword();
	// The account and its audit row land together, or neither does.
	await db.transaction(async (tx) => {
		const id = await createUser(tx, {
			username,
			displayName: displayName ?? username,
			password,
			globalRole: 'admin'
		});
		await audit(tx, {
			userId: null,
			action: 'user.create',
			target: id,
			detail: { username, globalRole: 'admin', via: 'cli' }
		});
		return id;
	});
	console.log(`Created ${username}, an admin of every cluster, in ${storage.location}`);
}

async function resetPassword(storage: Storage, username: string): Promise<void> {
	const { db } = storage;
	const user = await findUserByUsername(db, username);
	if (!user) throw refused(`there is no user "${username}"`);
	const password = await askPassword();
	const done = await db.transaction(async (tx) => {
		const done = await setPassword(tx, username, password);
		if (done)
			await audit(tx, {
				userId: null,
				action: 'user.password_reset',
				target: done.userId,
				detail: { username, sessionsEnded: done.sessionsEnded, via: 'cli' }
			});
		return done;
	});
	if (!done) throw refused(`there is no user "${username}"`);
	console.log(
		`New password set for ${username} in ${storage.location}; ${done.sessionsEnded} session(s) signed out`
	);
}

async function main(argv: string[]): Promise<void> {
	let parsed;
	try {
		parsed = parseArgs({ args: argv, allowPositionals: true, options: { name: { type: 'string' } } });
	} catch (error) {
		throw new UsageError((error as Error).message);
	}
	const [command, rawName, ...extra] = parsed.positionals;
	if (!command || !rawName || extra.length > 0) throw new UsageError('expected a command and one username');
	if (command !== 'create' && parsed.values.name !== undefined)
		throw new UsageError('--name goes with create');
	if (command !== 'create' && command !== 'reset-password')
		throw new UsageError(`unknown command "${command}"`);
	const username = checkUsername(rawName);

	const storage = await openStorage(storageConfig());
	try {
		if (command === 'create') await create(storage, username, parsed.values.name);
		else await resetPassword(storage, username);
	} finally {
		await storage.close();
	}
}

try {
	await main(process.argv.slice(2));
} catch (error) {
	if (error instanceof UsageError) {
		console.error(`admin: ${error.message}\n\n${USAGE}`);
		process.exitCode = 2;
	} else if (isRefusal(error)) {
		console.error(`admin: ${refusals[error.code as AccountErrorCode] ?? error.message}`);
		process.exitCode = 1;
	} else if (error instanceof StorageConfigError) {
		console.error(`admin: ${error.message}`);
		process.exitCode = 1;
	} else {
		console.error('admin: failed:', error);
		process.exitCode = 1;
	}
}
