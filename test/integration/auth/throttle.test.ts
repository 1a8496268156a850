import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attemptLogin } from '../../../src/lib/server/auth/login';
import { FAILURE_WINDOW, MAX_FAILURES } from '../../../src/lib/server/auth/throttle';
import { createUser } from '../../../src/lib/server/users';
import { tempDatabase } from './temp-db';

describe('login throttling', () => {
	const { db, dispose } = tempDatabase();
	beforeAll(async () => {
		await createUser(db, { username: 'bolat', displayName: 'Bolat', password: 'right password' });
		await createUser(db, { username: 'saule', displayName: 'Saule', password: 'right password' });
	});
	afterAll(dispose);

	it('refuses even the right password after 10 failures on the account, until the window passes', async () => {
		const now = Date.now();
		for (let i = 0; i < MAX_FAILURES; i++) {
			// Each failure from a different address: the account's own count must trip.
			expect(await attemptLogin(db, 'bolat', 'wrong', `10.1.0.${i}`, now + i)).toEqual({
				ok: false,
				reason: 'invalid'
			});
		}
		const refused = await attemptLogin(db, 'bolat', 'right password', '10.9.9.9', now + 20);
		expect(refused).toMatchObject({ ok: false, reason: 'throttled' });
		expect(refused.ok === false && refused.reason === 'throttled' && refused.retryAfterMs).toBeGreaterThan(0);

		const afterWindow = now + FAILURE_WINDOW + 10;
		expect(await attemptLogin(db, 'bolat', 'right password', '10.9.9.9', afterWindow)).toMatchObject({
			ok: true
		});
	});

	it('refuses an address after 10 failures, whatever account it tries', async () => {
		const now = Date.now() + FAILURE_WINDOW * 4;
		for (let i = 0; i < MAX_FAILURES; i++) {
			await attemptLogin(db, `guess${i}`, 'wrong', '192.0.2.7', now + i);
		}
		expect(await attemptLogin(db, 'saule', 'right password', '192.0.2.7', now + 20)).toMatchObject({
			ok: false,
			reason: 'throttled'
		});
		// Another address is not affected.
		expect(await attemptLogin(db, 'saule', 'right password', '192.0.2.8', now + 21)).toMatchObject({
			ok: true
		});
	});

	it('allows nine failures and then a successful login', async () => {
		const now = Date.now() + FAILURE_WINDOW * 8;
		for (let i = 0; i < MAX_FAILURES - 1; i++)
			await attemptLogin(db, 'saule', 'wrong', '198.51.100.1', now + i);
		expect(await attemptLogin(db, 'saule', 'right password', '198.51.100.2', now + 20)).toMatchObject({
			ok: true
		});
	});
});
