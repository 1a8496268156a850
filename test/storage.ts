// The database a test runs on: a fresh SQLite file in a temp directory, or, when the run is
// `npm run test:pg` (TEST_DATABASE=postgres), a fresh database on the real PostgreSQL server at
// PG_URL, dropped after. Tests open it through here and hand `env` to the server they start, so
// the same test runs on both.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStorage, type Db, type Storage } from '../src/lib/server/db';

export const onPostgres = process.env.TEST_DATABASE === 'postgres';
export const pgUrl = process.env.PG_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

export type TestDatabase = {
	storage: Storage;
	db: Db;
	/** What a server process needs to open the same database (DATABASE_PATH or DATABASE_URL). */
	env: Record<string, string>;
	/** A directory of the test's own, removed with the database. */
	dir: string;
	dispose(): Promise<void>;
};

let made = 0;

/** A URL for a new, empty PostgreSQL database (created here) and a way to drop it. */
export async function freshPostgres(): Promise<{ url: string; drop(): Promise<void> }> {
	const name = `clusterplan_test_${process.pid}_${++made}_${Math.random().toString(36).slice(2, 8)}`;
	const admin = new pg.Client({ connectionString: pgUrl });
	await admin.connect();
	try {
		await admin.query(`CREATE DATABASE "${name}"`);
	} finally {
		await admin.end();
	}
	const url = new URL(pgUrl);
	url.pathname = `/${name}`;
	return {
		url: url.toString(),
		async drop() {
			const client = new pg.Client({ connectionString: pgUrl });
			await client.connect();
			try {
				await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
			} finally {
				await client.end();
			}
		}
	};
}

export type Engine = 'sqlite' | 'postgres';

/** Opens a fresh, migrated database of the run's kind (or of `engine`, for the benchmark). */
export async function testDatabase(
	engine: Engine = onPostgres ? 'postgres' : 'sqlite'
): Promise<TestDatabase> {
	const dir = mkdtempSync(join(tmpdir(), 'clusterplan-test-'));
	if (engine === 'postgres') {
		const { url, drop } = await freshPostgres();
		const storage = await openStorage({ dialect: 'postgres', url });
		return {
			storage,
			db: storage.db,
			env: { DATABASE_URL: url },
			dir,
			async dispose() {
				await storage.close();
				await drop();
				rmSync(dir, { recursive: true, force: true });
			}
		};
	}
	const path = join(dir, 'test.db');
	const storage = await openStorage({ dialect: 'sqlite', path });
	return {
		storage,
		db: storage.db,
		env: { DATABASE_PATH: path },
		dir,
		async dispose() {
			await storage.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
