// The login throttle on a real database (SQLite, or PostgreSQL under test:pg), with the clock passed
// in: what counts, for whom, and for how long.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attemptLogin, type LoginResult } from '../../../src/lib/server/auth/login';
import {
	FAILURE_WINDOW,
	MAX_ADDRESS_FAILURES,
	MAX_FAILURES,
	reserveAttempt
} from '../../../src/lib/server/auth/throttle';
import { openStorage, storageConfig, type Db } from '../../../src/lib/server/db';
import { createUser } from '../../../src/lib/server/users';
import { testDatabase, type TestDatabase } from '../../storage';

const RIGHT = 'right password';
const T0 = Date.UTC(2025, 2, 1, 9, 0, 0);

describe('login throttling', () => {
	let test: TestDatabase;
	let db: Db;
	beforeEach(async () => {
		test = await testDatabase();
		db = test.db;
		await createUser(db, { username: 'bolat', displayName: 'Bolat', password: RIGHT });
		await createUser(db, { username: 'saule', displayName: 'Saule', password: RIGHT });
	});
	afterEach(async () => await test?.dispose());

	/** Another instance's view of the same database, as after a restart or beside this one. */
	const openAgain = () => openStorage(storageConfig(test.env));

	const reasons = (results: LoginResult[]) => results.map((r) => (r.ok ? 'ok' : r.reason));
	const count = (results: LoginResult[], reason: string) =>
		reasons(results).filter((r) => r === reason).length;

	it('refuses even the right password after 10 failures on the account, from any addresses, until the window passes', async () => {
		for (let i = 0; i < MAX_FAILURES; i++) {
			expect(await attemptLogin(db, 'bolat', 'wrong', `10.1.0.${i}`, T0 + i)).toEqual({
				ok: false,
				reason: 'invalid'
			});
		}
		const refused = await attemptLogin(db, 'Bolat ', RIGHT, '10.9.9.9', T0 + 20);
		expect(refused).toEqual({ ok: false, reason: 'throttled', retryAfterMs: FAILURE_WINDOW - 20 });

		expect(await attemptLogin(db, 'bolat', RIGHT, '10.9.9.9', T0 + FAILURE_WINDOW + 10)).toMatchObject({
			ok: true
		});
	});

	it('counts attempts sent together before checking any: of 60 wrong passwords and then the right one, 10 are checked and the right one is refused', async () => {
		const wrong = Array.from({ length: 60 }, (_, i) =>
			attemptLogin(db, 'bolat', `wrong ${i}`, '192.0.2.1', T0)
		);
		const right = attemptLogin(db, 'bolat', RIGHT, '192.0.2.1', T0);
		const results = await Promise.all(wrong);
		expect(count(results, 'invalid')).toBe(MAX_FAILURES);
		expect(count(results, 'throttled')).toBe(60 - MAX_FAILURES);
		expect(await right).toMatchObject({ ok: false, reason: 'throttled' });
	});

	it('lets a real account in from an address where strangers failed with made-up usernames', async () => {
		for (let i = 0; i < 3 * MAX_FAILURES; i++) {
			expect(await attemptLogin(db, `made-up-${i}`, 'guess', '198.51.100.7', T0 + i)).toEqual({
				ok: false,
				reason: 'invalid'
			});
		}
		expect(await attemptLogin(db, 'saule', RIGHT, '198.51.100.7', T0 + 100)).toMatchObject({ ok: true });
	});

	it('counts failures for a made-up username against that name, as for a real one', async () => {
		for (let i = 0; i < MAX_FAILURES; i++) await attemptLogin(db, 'nobody', 'guess', `10.2.0.${i}`, T0 + i);
		expect(await attemptLogin(db, 'nobody', 'guess', '10.2.1.1', T0 + 20)).toMatchObject({
			reason: 'throttled'
		});
	});

	it('keeps other accounts open on an address where one account is being guessed', async () => {
		const guesses = [];
		for (let i = 0; i < 4 * MAX_FAILURES; i++)
			guesses.push(await attemptLogin(db, 'bolat', 'guess', '203.0.113.5', T0 + i));
		expect(count(guesses, 'invalid')).toBe(MAX_FAILURES);
		expect(await attemptLogin(db, 'saule', RIGHT, '203.0.113.5', T0 + 100)).toMatchObject({ ok: true });
	});

	it(`refuses an address after ${MAX_ADDRESS_FAILURES} failures in the window, whatever account it tries, and no other address`, async () => {
		for (let i = 0; i < MAX_ADDRESS_FAILURES; i++) {
			expect(await reserveAttempt(db, `sprayed-${i}`, '192.0.2.66', T0 + i)).toMatchObject({ ok: true });
		}
		expect(await attemptLogin(db, 'saule', RIGHT, '192.0.2.66', T0 + 1000)).toEqual({
			ok: false,
			reason: 'throttled',
			retryAfterMs: FAILURE_WINDOW - 1000
		});
		expect(await attemptLogin(db, 'saule', RIGHT, '192.0.2.67', T0 + 1000)).toMatchObject({ ok: true });
	});

	it('lets one more attempt in each time the oldest of the last ten failures leaves the window', async () => {
		for (let i = 0; i < MAX_FAILURES; i++) {
			expect(await reserveAttempt(db, 'bolat', '10.3.0.1', T0 + i * 1000)).toMatchObject({ ok: true });
		}
		const full = T0 + (MAX_FAILURES - 1) * 1000 + 1;
		expect(await reserveAttempt(db, 'bolat', '10.3.0.1', full)).toEqual({
			ok: false,
			retryAfterMs: T0 + FAILURE_WINDOW - full
		});
		// At T0 + window the first failure is out: one attempt, and then the next wait is a second.
		expect(await reserveAttempt(db, 'bolat', '10.3.0.1', T0 + FAILURE_WINDOW)).toMatchObject({ ok: true });
		expect(await reserveAttempt(db, 'bolat', '10.3.0.1', T0 + FAILURE_WINDOW)).toEqual({
			ok: false,
			retryAfterMs: 1000
		});
	});

	it("takes back a right password's own count and clears the account's failures, while the address keeps its failures", async () => {
		const office = '192.0.2.200';
		for (let i = 0; i < MAX_FAILURES - 1; i++) await reserveAttempt(db, 'saule', office, T0 + i);
		for (let i = 0; i < 5; i++) await reserveAttempt(db, `typo-${i}`, office, T0 + i);
		expect(await attemptLogin(db, 'saule', RIGHT, office, T0 + 100)).toMatchObject({ ok: true });

		// The account starts afresh: ten more failures, not one.
		for (let i = 0; i < MAX_FAILURES; i++) {
			expect(await reserveAttempt(db, 'saule', office, T0 + 200 + i)).toMatchObject({ ok: true });
		}
		expect(await reserveAttempt(db, 'saule', office, T0 + 300)).toMatchObject({ ok: false });

		// The address keeps every failure from it (saule's 9, the 5 typos, saule's 10 since): only the
		// sign-in itself left its count.
		const room = MAX_ADDRESS_FAILURES - (MAX_FAILURES - 1) - 5 - MAX_FAILURES;
		for (let i = 0; i < room; i++) {
			expect(await reserveAttempt(db, `other-${i}`, office, T0 + 400)).toMatchObject({ ok: true });
		}
		expect(await reserveAttempt(db, 'one-too-many', office, T0 + 400)).toMatchObject({ ok: false });
	});

	it('keeps the count for a new connection to the database, as after a restart', async () => {
		for (let i = 0; i < MAX_FAILURES; i++) await reserveAttempt(db, 'bolat', '10.4.0.1', T0 + i);
		const restarted = await openAgain();
		try {
			expect(await reserveAttempt(restarted.db, 'bolat', '10.4.0.2', T0 + 20)).toMatchObject({ ok: false });
		} finally {
			await restarted.close();
		}
	});
});
