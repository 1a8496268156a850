// Several instances share PostgreSQL: an instance told of Redis but given an SQLite file refuses to
// start, saying why, rather than run alone while the operator believes it shares its plans.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../integration/collab/harness';
import { testDatabase, type TestDatabase } from '../storage';

describe('several instances, configured', () => {
	let database: TestDatabase;
	beforeAll(async () => {
		database = await testDatabase('sqlite');
	});
	afterAll(async () => {
		await database.dispose();
	});

	it('refuses REDIS_URL without DATABASE_URL', async () => {
		const start = startServer(database.env, { REDIS_URL: 'redis://127.0.0.1:1' });
		await expect(start).rejects.toThrow(/REDIS_URL \(several instances\) needs DATABASE_URL/);
	});
});
