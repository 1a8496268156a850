// npm run backup on a PostgreSQL install: it makes no copy and says how pg_dump does it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../storage';
import { runCommand } from '../operator/commands';

let database: TestDatabase;
beforeAll(async () => {
	database = await testDatabase('postgres');
});
afterAll(() => database.dispose());

describe('npm run backup on PostgreSQL', () => {
	it('makes no copy and says how pg_dump does it', async () => {
		const file = join(database.dir, 'copy.db');
		const run = await runCommand('backup.ts', [file], database.env);
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(/pg_dump/);
		expect(run.stderr).toMatch(/pg_restore/);
		expect(run.stderr).not.toMatch(/password=|:[^@/]+@/);
		expect(existsSync(file)).toBe(false);
	});
});
