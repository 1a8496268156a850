import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { attemptLogin } from '../../../src/lib/server/auth/login';
import {
	createSession,
	invalidateSession,
	SESSION_LIFETIME,
	validateSessionToken
} from '../../../src/lib/server/auth/session';
import { createUser } from '../../../src/lib/server/users';
import { testDatabase, type TestDatabase } from '../../storage';

describe('login and sessions', () => {
	let test: TestDatabase;
	let userId = '';
	beforeAll(async () => {
		test = await testDatabase();
		userId = await createUser(test.db, {
			username: 'aigerim',
			displayName: 'Aigerim',
			password: 'correct horse'
		});
	});
	afterAll(async () => await test?.dispose());

	const sessionRows = (id: string) => {
		const { sessions } = test.db.tables;
		return test.db.select().from(sessions).where(eq(sessions.id, id));
	};

	it('accepts the right password and refuses a wrong one', async () => {
		const { db } = test;
		expect(await attemptLogin(db, 'aigerim', 'correct horse', '10.0.0.1')).toMatchObject({
			ok: true,
			userId
		});
		expect(await attemptLogin(db, 'aigerim', 'wrong', '10.0.0.1')).toEqual({ ok: false, reason: 'invalid' });
		expect(await attemptLogin(db, 'nobody', 'correct horse', '10.0.0.1')).toEqual({
			ok: false,
			reason: 'invalid'
		});
	});

	it('stores the password as an argon2id hash with 19 MiB and 2 iterations', async () => {
		const { users } = test.db.tables;
		const [row] = await test.db
			.select({ passwordHash: users.passwordHash })
			.from(users)
			.where(eq(users.id, userId));
		expect(row!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
	});

	it('stores only a hash of the token secret', async () => {
		const { token } = await createSession(test.db, userId);
		const [id, secret] = token.split('.');
		const [row] = await sessionRows(id!);
		expect(row).toBeDefined();
		expect(JSON.stringify(row)).not.toContain(secret);
		expect(Buffer.from(row!.secretHash).length).toBe(32);
	});

	it('validates a token and refuses one with a wrong secret', async () => {
		const { db } = test;
		const { token } = await createSession(db, userId);
		expect((await validateSessionToken(db, token))?.user.username).toBe('aigerim');
		const forged = token.split('.')[0] + '.' + 'a'.repeat(32);
		expect(await validateSessionToken(db, forged)).toBeNull();
		expect(await validateSessionToken(db, 'not-a-token')).toBeNull();
	});

	it('slides the expiry forward when a session is used in its second half', async () => {
		const { db } = test;
		const start = Date.now();
		const { token } = await createSession(db, userId, start);
		const later = start + SESSION_LIFETIME * 0.6;
		const result = await validateSessionToken(db, token, later);
		expect(result?.session.renewed).toBe(true);
		expect(result?.session.expiresAt.getTime()).toBe(later + SESSION_LIFETIME);
		// Used again soon after, it is not renewed again.
		expect((await validateSessionToken(db, token, later + 1000))?.session.renewed).toBe(false);
	});

	it('expires an unused session and deletes it', async () => {
		const { db } = test;
		const start = Date.now();
		const { token } = await createSession(db, userId, start);
		expect(await validateSessionToken(db, token, start + SESSION_LIFETIME + 1)).toBeNull();
		expect(await sessionRows(token.split('.')[0]!)).toEqual([]);
		// Even "back in time" the deleted session stays gone.
		expect(await validateSessionToken(db, token, start)).toBeNull();
	});

	it('ends the session on logout', async () => {
		const { db } = test;
		const { token } = await createSession(db, userId);
		const valid = await validateSessionToken(db, token);
		expect(valid).not.toBeNull();
		await invalidateSession(db, valid!.session.id);
		expect(await validateSessionToken(db, token)).toBeNull();
	});
});
