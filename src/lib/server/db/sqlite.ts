// The embedded default: one better-sqlite3 connection (WAL), behind drizzle's async proxy driver so
// the services await it exactly as they await PostgreSQL, and behind the gate so transactions that
// await stay atomic.
import Database from 'better-sqlite3';
import { drizzle as betterSqlite } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { drizzle } from 'drizzle-orm/sqlite-proxy';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as schema from './schema';
import { Gate } from './gate';
import type { Db } from './dialect';

export type SqliteConnection = {
	db: Db;
	/** The raw handle, for the document store's prepared statements and `VACUUM INTO`. */
	sqlite: Database.Database;
	gate: Gate;
};

const MAX_CACHED_STATEMENTS = 500;

function bindable(value: unknown): unknown {
	if (typeof value === 'boolean') return value ? 1 : 0;
	if (value instanceof Date) return value.getTime();
	if (value instanceof Uint8Array && !Buffer.isBuffer(value))
		return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
	return value;
}

/** Opens (creating if needed) the database at `path` and brings its schema up to date. */
export function openSqlite(path: string, migrationsFolder = resolve('drizzle/sqlite')): SqliteConnection {
	if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
	const sqlite = new Database(path);
	sqlite.pragma('journal_mode = WAL');
	// NORMAL in WAL mode survives a process crash; only an OS crash can lose the last commits.
	sqlite.pragma('synchronous = NORMAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	migrate(betterSqlite(sqlite), { migrationsFolder });

	const gate = new Gate();
	const statements = new Map<string, Database.Statement>();
	const prepared = (text: string) => {
		let statement = statements.get(text);
		if (!statement) {
			if (statements.size >= MAX_CACHED_STATEMENTS) statements.clear();
			statement = sqlite.prepare(text);
			statements.set(text, statement);
		}
		return statement;
	};
	const run = (text: string, params: unknown[], method: 'run' | 'all' | 'values' | 'get') => {
		const statement = prepared(text);
		const args = params.map(bindable);
		if (!statement.reader) {
			statement.run(...args);
			return { rows: [] };
		}
		if (method === 'get') return { rows: statement.raw(true).get(...args) as unknown[] };
		return { rows: statement.raw(true).all(...args) as unknown[] };
	};
	const builder = drizzle(async (text, params, method) => gate.when(() => run(text, params, method)), {
		schema
	});

	const db = Object.assign(builder, {
		tables: schema,
		engine: 'sqlite' as const,
		transaction: <T>(work: (tx: Db) => Promise<T>): Promise<T> =>
			gate.exclusive(async () => {
				// Nested: already inside the holder's transaction, which commits or rolls back all.
				if (sqlite.inTransaction) return work(db);
				sqlite.exec('BEGIN IMMEDIATE');
				try {
					const result = await work(db);
					sqlite.exec('COMMIT');
					return result;
				} catch (error) {
					if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
					throw error;
				}
			})
	}) as unknown as Db;
	return { db, sqlite, gate };
}
