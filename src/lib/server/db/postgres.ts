// PostgreSQL for institutions: a node-postgres pool, migrations from drizzle/pg, and transactions
// that are SERIALIZABLE and run again on a serialization failure, so a service's read-decide-write
// is as safe as under SQLite's single writer without a lock written into each service.
import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { resolve } from 'node:path';
import * as schema from './schema-pg';
import type { Db, Tables } from './dialect';

/** `locks` only ever holds plans' work locks (pg-store.ts `exclusive`). */
export type PostgresConnection = { db: Db; pool: pg.Pool; locks: pg.Pool };

// 40001 serialization_failure, 40P01 deadlock_detected: PostgreSQL's way of saying "run it again".
const RETRYABLE = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 10;

/** Any fixed number, the same in every instance: the advisory lock migrations run under. */
const MIGRATION_LOCK = 7_240_118;

const INT8 = 20;
const NUMERIC = 1700;

/** Counts and sums (int8, numeric) as numbers: every one of ours is far below 2^53. */
const types = {
	getTypeParser(oid: number, format?: 'text' | 'binary') {
		if (oid === INT8 || oid === NUMERIC) return (value: string) => Number(value);
		return pg.types.getTypeParser(oid, format);
	}
};

type Transactional = { transaction: (...args: never[]) => Promise<unknown> };

function decorate(builder: object, original: Transactional['transaction'], nested: boolean): Db {
	const transaction = async <T>(work: (tx: Db) => Promise<T>): Promise<T> => {
		const run = original as unknown as (
			fn: (tx: Transactional) => Promise<T>,
			config?: { isolationLevel: 'serializable' }
		) => Promise<T>;
		const body = (tx: Transactional) => work(decorate(tx, tx.transaction.bind(tx), true));
		// A savepoint inside a transaction is not retried alone: the outer one is.
		if (nested) return run(body);
		for (let attempt = 1; ; attempt++) {
			try {
				return await run(body, { isolationLevel: 'serializable' });
			} catch (error) {
				const code =
					(error as { code?: string; cause?: { code?: string } }).cause?.code ??
					(error as { code?: string }).code;
				if (!code || !RETRYABLE.has(code) || attempt >= MAX_ATTEMPTS) throw error;
				await new Promise((next) => setTimeout(next, Math.random() * 5 * attempt));
			}
		}
	};
	return Object.assign(builder, {
		tables: schema as unknown as Tables,
		engine: 'postgres' as const,
		transaction
	}) as unknown as Db;
}

/** Connects to `url` and brings its schema up to date. */
export async function openPostgres(
	url: string,
	migrationsFolder = resolve('drizzle/pg')
): Promise<PostgresConnection> {
	const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL || 10), types });
	// An idle client's error (the server restarted) must not end the process; the pool replaces it.
	pool.on('error', (error) => console.error('postgres: idle connection lost', error.message));
	const builder = drizzle(pool, { schema });
	// Instances starting together take turns: the second finds the migrations applied.
	const client = await pool.connect();
	try {
		await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
		await migrate(drizzle(client), { migrationsFolder });
	} finally {
		await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
		client.release();
	}
	const locks = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_LOCK_POOL || 10) });
	locks.on('error', (error) => console.error('postgres: idle lock connection lost', error.message));
	return { db: decorate(builder, builder.transaction.bind(builder), false), pool, locks };
}
