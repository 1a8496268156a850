import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attemptLogin } from '../../../src/lib/server/auth/login';
import {
	createSession,
	invalidateSession,
	SESSION_LIFETIME,
	validateSessionToken
} from '../../../src/lib/server/auth/session';
import { createUser } from '../../../src/lib/server/users';
import { tempDatabase } from './temp-db';

describe('login and sessions', () => {
	const { db, dispose } = tempDatabase();
	let userId = '';
	beforeAll(async () => {
		userId = await createUser(db, { username: 'aigerim', displayName: 'Aigerim', password: 'correct horse' });
	});
	afterAll(dispose);

	it('accepts the right password and refuses a wrong one', async () => {
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

	it('stores the password as an argon2id hash with 19 MiB and 2 iterations', () => {
		const row = db.$client.prepare('select password_hash from users where id = ?').get(userId) as {
			password_hash: string;
		};
		expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
	});

	it('stores only a hash of the token secret', () => {
		const { token } = createSession(db, userId);
		const [id, secret] = token.split('.');
		const row = db.$client.prepare('select * from sessions where id = ?').get(id) as Record<string, unknown>;
		expect(row).toBeDefined();
		expect(JSON.stringify(row)).not.toContain(secret);
		expect((row.secret_hash as Buffer).length).toBe(32);
	});

	it('validates a token and refuses one with a wrong secret', () => {
		const { token } = createSession(db, userId);
		expect(validateSessionToken(db, token)?.user.username).toBe('aigerim');
		const forged = token.split('.')[0] + '.' + 'a'.repeat(32);
		expect(validateSessionToken(db, forged)).toBeNull();
		expect(validateSessionToken(db, 'not-a-token')).toBeNull();
	});

	it('slides the expiry forward when a session is used in its second half', () => {
		const start = Date.now();
		const { token } = createSession(db, userId, start);
		const later = start + SESSION_LIFETIME * 0.6;
		const result = validateSessionToken(db, token, later);
		expect(result?.session.renewed).toBe(true);
		expect(result?.session.expiresAt.getTime()).toBe(later + SESSION_LIFETIME);
		// Used again soon after, it is not renewed again.
		expect(validateSessionToken(db, token, later + 1000)?.session.renewed).toBe(false);
	});

	it('expires an unused session and deletes it', () => {
		const start = Date.now();
		const { token } = createSession(db, userId, start);
		expect(validateSessionToken(db, token, start + SESSION_LIFETIME + 1)).toBeNull();
		const id = token.split('.')[0];
		expect(db.$client.prepare('select count(*) as n from sessions where id = ?').get(id)).toEqual({ n: 0 });
		// Even "back in time" the deleted session stays gone.
		expect(validateSessionToken(db, token, start)).toBeNull();
	});

	it('ends the session on logout', () => {
		const { token } = createSession(db, userId);
		const valid = validateSessionToken(db, token);
		expect(valid).not.toBeNull();
		invalidateSession(db, valid!.session.id);
		expect(validateSessionToken(db, token)).toBeNull();
	});
});
