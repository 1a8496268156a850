import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../storage';
import { verifyPassword } from '../../../src/lib/server/auth/password';
import { createSession } from '../../../src/lib/server/auth/session';
import { runCommand } from './commands';

let database: TestDatabase;
beforeAll(async () => {
	database = await testDatabase();
});
afterAll(() => database.dispose());

const admin = (args: string[], input = '') => runCommand('admin.ts', args, database.env, input);

async function userRow(username: string) {
	const { users } = database.db.tables;
	const [user] = await database.db.select().from(users).where(eq(users.username, username));
	return user;
}

async function auditOf(action: string) {
	const { auditLog } = database.db.tables;
	return database.db.select().from(auditLog).where(eq(auditLog.action, action));
}

describe('npm run admin', () => {
	it('creates a global admin with the password from stdin, and audits it', async () => {
		const run = await admin(['create', 'Operator', '--name', 'The Operator'], 'first password\n');
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		const user = await userRow('operator');
		expect(user).toMatchObject({ displayName: 'The Operator', globalRole: 'admin' });
		expect(await verifyPassword(user!.passwordHash, 'first password')).toBe(true);
		const [entry] = await auditOf('user.create');
		expect(entry).toMatchObject({ userId: null, target: user!.id });
	});

	it('refuses a username that is taken, and a password that is too short', async () => {
		const taken = await admin(['create', 'operator'], 'another password\n');
		expect(taken.code).toBe(1);
		expect(taken.stderr).toMatch(/taken/);
		const short = await admin(['create', 'second'], 'short\n');
		expect(short.code).toBe(1);
		expect(short.stderr).toMatch(/at least|8 to 256/);
		expect(await userRow('second')).toBeUndefined();
	});

	it('resets a password, ends that user’s sessions and audits it', async () => {
		const user = await userRow('operator');
		await createSession(database.db, user!.id);
		await createSession(database.db, user!.id);
		const run = await admin(['reset-password', 'operator'], 'second password\n');
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/2 session/);
		const after = await userRow('operator');
		expect(await verifyPassword(after!.passwordHash, 'second password')).toBe(true);
		expect(await verifyPassword(after!.passwordHash, 'first password')).toBe(false);
		const { sessions } = database.db.tables;
		expect(await database.db.select().from(sessions).where(eq(sessions.userId, user!.id))).toEqual([]);
		const [entry] = await auditOf('user.password_reset');
		expect(entry).toMatchObject({ target: user!.id, detail: { sessionsEnded: 2 } });
	});

	it('says so for an unknown user, a missing password and a wrong command line', async () => {
		const unknown = await admin(['reset-password', 'nobody'], 'some password\n');
		expect(unknown.code).toBe(1);
		expect(unknown.stderr).toMatch(/no user "nobody"/);
		const empty = await admin(['reset-password', 'operator'], '');
		expect(empty.code).toBe(1);
		expect(empty.stderr).toMatch(/no password on stdin/);
		const usage = await admin(['delete', 'operator']);
		expect(usage.code).toBe(2);
		expect(usage.stderr).toMatch(/Usage/);
	});
});
