// Opens the SQLite database (WAL, foreign keys on) and applies the migrations in drizzle/.
// No $env here: the socket server and the tests import this outside SvelteKit.
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const defaultDatabasePath = 'data/clusterplan.db';

/** Opens (creating if needed) the database at `path` and brings its schema up to date. */
export function openDatabase(path: string, migrationsFolder = resolve('drizzle')): Db {
	if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
	const sqlite = new Database(path);
	sqlite.pragma('journal_mode = WAL');
	// NORMAL in WAL mode survives a process crash; only an OS crash can lose the last commits.
	sqlite.pragma('synchronous = NORMAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	const db = drizzle(sqlite, { schema });
	migrate(db, { migrationsFolder });
	return db;
}

let appDb: Db | undefined;

/** The app's one connection, from DATABASE_PATH (default data/clusterplan.db). */
export function getDb(): Db {
	appDb ??= openDatabase(process.env.DATABASE_PATH || defaultDatabasePath);
	return appDb;
}
