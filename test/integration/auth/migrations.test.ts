// The SQLite file an instance opens: every table made on an empty file, WAL and foreign keys on.
// About SQLite files by nature, so it opens through the SQLite path under test:pg too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStorage, type Storage } from '../../../src/lib/server/db';

describe('migrations on a SQLite file', () => {
	const dir = mkdtempSync(join(tmpdir(), 'clusterplan-migrations-'));
	const path = join(dir, 'test.db');
	let storage: Storage;
	beforeAll(async () => {
		storage = await openStorage({ dialect: 'sqlite', path });
	});
	afterAll(async () => {
		await storage?.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('create every table on an empty file, in WAL mode', () => {
		// A second, read-only look at the file the storage made (WAL is kept in the file itself).
		const file = new Database(path, { readonly: true });
		try {
			const tables = file
				.prepare('select name from sqlite_master where type = ? order by name')
				.all('table')
				.map((row) => (row as { name: string }).name);
			for (const table of [
				'users',
				'sessions',
				'clusters',
				'memberships',
				'plans',
				'audit_log',
				'login_failures'
			]) {
				expect(tables).toContain(table);
			}
			expect(file.pragma('journal_mode', { simple: true })).toBe('wal');
		} finally {
			file.close();
		}
	});

	it('refuse a membership that points at no user (foreign keys on)', async () => {
		const { db } = storage;
		const { clusters, memberships } = db.tables;
		await db.insert(clusters).values({ id: 'c', nameEn: 'C', regionEn: 'R', sectorEn: 'S' });
		const refused = await db
			.insert(memberships)
			.values({ clusterId: 'c', userId: 'nobody', role: 'member' })
			.then(
				() => null,
				(error: Error) => error
			);
		// drizzle wraps the driver's error: SQLite's own words are its cause.
		expect(String((refused?.cause as Error | undefined)?.message)).toMatch(/FOREIGN KEY/);
	});
});
