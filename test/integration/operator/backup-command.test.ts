import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../storage';
import { openStorage } from '../../../src/lib/server/db';
import { createUser } from '../../../src/lib/server/users';
import {
	connectClient,
	createFixture,
	setStage,
	startServer,
	storedDocument,
	synced,
	mapState
} from '../collab/harness';
import { runCommand } from './commands';

let database: TestDatabase;
beforeAll(async () => {
	// The backup command copies SQLite files; on PostgreSQL it refuses (postgres-only/).
	database = await testDatabase('sqlite');
	await createUser(database.db, {
		username: 'keeper',
		displayName: 'Kept',
		password: 'a long enough password'
	});
});
afterAll(() => database.dispose());

const backup = (file: string, env = database.env) => runCommand('backup.ts', [file], env);

describe('npm run backup on SQLite', () => {
	it('copies the database while writes go on, into a file that opens with the rows', async () => {
		const { auditLog, users } = database.db.tables;
		let writing = true;
		let written = 0;
		const writer = (async () => {
			while (writing) {
				await database.db
					.insert(auditLog)
					.values({ at: new Date(), userId: null, action: 'test.write', detail: { n: written } });
				written++;
				await new Promise((r) => setImmediate(r));
			}
		})();
		while (written < 20) await new Promise((r) => setImmediate(r));
		const file = join(database.dir, 'copy.db');
		const run = await backup(file);
		writing = false;
		await writer;
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/Backed up .* to .*copy\.db: [\d.]+ (B|KB|MB) in \d+ ms/);

		const copy = await openStorage({ dialect: 'sqlite', path: file });
		try {
			expect((await copy.db.select({ username: users.username }).from(users)).map((u) => u.username)).toEqual(
				['keeper']
			);
			const copied = await copy.db.$count(auditLog);
			expect(copied).toBeGreaterThan(0);
			expect(copied).toBeLessThanOrEqual(written);
		} finally {
			await copy.close();
		}
	});

	it('never overwrites an existing file', async () => {
		const file = join(database.dir, 'taken.db');
		writeFileSync(file, 'something precious');
		const run = await backup(file);
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(/exists already/);
	});

	it('refuses when there is no database to copy', async () => {
		const run = await backup(join(database.dir, 'never.db'), {
			DATABASE_PATH: join(database.dir, 'missing.db')
		});
		expect(run.code).toBe(1);
		expect(existsSync(join(database.dir, 'missing.db'))).toBe(false);
	});

	it('copies the plans of a running server while people edit them', async () => {
		const fixture = await createFixture('sqlite');
		const server = await startServer(fixture.env);
		const client = connectClient(server, fixture.planA, await fixture.login(fixture.users.member));
		try {
			await synced(client);
			let n = 0;
			for (; n < 50; n++) setStage(client.doc, `s${n % 20}`, n);
			const file = join(fixture.dir, 'live-copy.db');
			// People go on editing while the copy is taken.
			let copying = true;
			const running = backup(file, fixture.env).finally(() => (copying = false));
			while (copying) {
				setStage(client.doc, `s${n % 20}`, n++);
				await new Promise((r) => setImmediate(r));
			}
			const run = await running;
			expect(run.code).toBe(0);
			const copy = await openStorage({ dialect: 'sqlite', path: file });
			try {
				const { plans } = copy.db.tables;
				expect(await copy.db.$count(plans)).toBe(2);
				const stages = JSON.parse(mapState(await storedDocument(copy.db, fixture.planA))) as unknown[];
				expect(stages.length).toBeGreaterThan(0);
			} finally {
				await copy.close();
			}
		} finally {
			client.destroy();
			await server.stop();
			await fixture.dispose();
		}
	});
});
