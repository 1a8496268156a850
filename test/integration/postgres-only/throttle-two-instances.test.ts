// Several instances share one PostgreSQL database (SQLite has one process per file): sign-in
// attempts arriving at two of them together still reach the password hash at most ten times.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FAILURES, reserveAttempt } from '../../../src/lib/server/auth/throttle';
import { openStorage, storageConfig } from '../../../src/lib/server/db';
import { createUser } from '../../../src/lib/server/users';
import { testDatabase, type TestDatabase } from '../../storage';

const T0 = Date.UTC(2025, 2, 1, 9, 0, 0);
let test: TestDatabase;

beforeAll(async () => {
	test = await testDatabase('postgres');
	await createUser(test.db, { username: 'bolat', displayName: 'Bolat', password: 'right password' });
});
afterAll(() => test.dispose());

describe('login throttling on two instances', () => {
	it('counts attempts sent together to two instances as one count', async () => {
		const other = await openStorage(storageConfig(test.env));
		try {
			const results = await Promise.all(
				Array.from({ length: 30 }, (_, i) =>
					reserveAttempt(i % 2 ? other.db : test.db, 'bolat', `10.5.0.${i}`, T0)
				)
			);
			expect(results.filter((r) => r.ok)).toHaveLength(MAX_FAILURES);
		} finally {
			await other.close();
		}
	});
});
