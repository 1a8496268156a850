// What every service sees of the database, whichever it is: the query builder, this dialect's
// tables, and an async transaction that is one atomic, serializable unit on both dialects.
import type { SqliteRemoteDatabase } from 'drizzle-orm/sqlite-proxy';
import type * as schema from './schema';

export type Tables = typeof schema;
export type Dialect = 'sqlite' | 'postgres';

type Builder = SqliteRemoteDatabase<Tables>;

/**
 * The query builder, typed by the SQLite schema. On PostgreSQL it is drizzle's node-postgres
 * database with `schema-pg.ts`'s tables, whose columns return the same values (the parity test).
 * Only what both dialects share is here: `await` a query (never `.get()`, `.all()`, `.run()`,
 * which PostgreSQL lacks; the linter refuses them), read counts with `.returning()`.
 */
export type Db = Omit<Builder, 'transaction' | '$client' | 'batch' | 'run' | 'all' | 'get' | 'values'> & {
	/** This database's tables: always read them from here, never import a schema file. */
	readonly tables: Tables;
	/** Which database this is (not `dialect`: drizzle uses that name for its own). */
	readonly engine: Dialect;
	/**
	 * Runs `work` as one atomic unit: on SQLite under the write lock from its first statement
	 * (BEGIN IMMEDIATE), on PostgreSQL SERIALIZABLE and run again when PostgreSQL finds it collided
	 * with another. So `work` may read, decide and write as if alone, and must do nothing but
	 * database work: it can run more than once.
	 */
	transaction<T>(work: (tx: Db) => Promise<T>): Promise<T>;
};
