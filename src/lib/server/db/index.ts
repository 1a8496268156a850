// The storage an instance runs on, chosen by the environment: PostgreSQL when DATABASE_URL is a
// postgres:// address, else SQLite at DATABASE_PATH (default data/clusterplan.db). Opened once by
// the composition root (server/index.ts, or the Vite plugin in dev) and handed to SvelteKit's hooks
// through `provideStorage`. No $env here: the socket server and the tests import this outside SvelteKit.
import type { DocumentStore } from '../documents/store';
import { sqliteDocumentStore } from '../documents/sqlite-store';
import { pgDocumentStore } from '../documents/pg-store';
import { openSqlite } from './sqlite';
import { openPostgres } from './postgres';
import { pgStanding, sqliteStanding, type StandingReader } from './standing';
import type { Db, Dialect } from './dialect';

export type { Db, Dialect, Tables } from './dialect';
export type { Standing } from './standing';

export const defaultDatabasePath = 'data/clusterplan.db';

export type StorageConfig = { dialect: 'sqlite'; path: string } | { dialect: 'postgres'; url: string };

export interface Storage {
	readonly dialect: Dialect;
	readonly db: Db;
	readonly documents: DocumentStore;
	/** The per-message access check's query (standing.ts). */
	readonly standing: StandingReader;
	/** Where it is, for logs: a path, or the PostgreSQL address without its password. */
	readonly location: string;
	/** Resolves when the database answers a query. */
	ping(): Promise<void>;
	/** `VACUUM INTO` a consistent copy while serving (SQLite only; PostgreSQL has pg_dump). */
	backup?(file: string): Promise<void>;
	close(): Promise<void>;
}

export class StorageConfigError extends Error {}

/** Reads DATABASE_URL / DATABASE_PATH. */
export function storageConfig(env: NodeJS.ProcessEnv = process.env): StorageConfig {
	const url = env.DATABASE_URL?.trim();
	if (url) {
		if (!/^postgres(ql)?:\/\//.test(url))
			throw new StorageConfigError('DATABASE_URL must be a postgres:// address (or unset, for SQLite)');
		return { dialect: 'postgres', url };
	}
	return { dialect: 'sqlite', path: env.DATABASE_PATH || defaultDatabasePath };
}

function withoutPassword(url: string): string {
	const parsed = new URL(url);
	if (parsed.password) parsed.password = '***';
	return parsed.toString();
}

// On globalThis, as the registry below: the built app's copy of this module must find the stores
// the composition root's copy opened.
const DOCUMENTS = Symbol.for('clusterplan.documents');
const documentStores = ((globalThis as Record<symbol, WeakMap<object, DocumentStore>>)[DOCUMENTS] ??=
	new WeakMap<object, DocumentStore>());

/** The document store beside `db` (services that read plans take only the `Db`). */
export function documentsOf(db: Db): DocumentStore {
	const store = documentStores.get(db);
	if (!store) throw new Error('this Db was not opened by openStorage: it has no document store');
	return store;
}

const standingReaders = ((globalThis as Record<symbol, WeakMap<object, StandingReader>>)[
	Symbol.for('clusterplan.standing')
] ??= new WeakMap<object, StandingReader>());

/** The per-message access check's query on `db` (standing.ts). */
export function standingOf(db: Db): StandingReader {
	const reader = standingReaders.get(db);
	if (!reader) throw new Error('this Db was not opened by openStorage: it has no standing query');
	return reader;
}

/** Opens the configured database, applies its migrations and prepares its document store. */
export async function openStorage(config: StorageConfig): Promise<Storage> {
	const storage = await open(config);
	documentStores.set(storage.db, storage.documents);
	standingReaders.set(storage.db, storage.standing);
	return storage;
}

async function open(config: StorageConfig): Promise<Storage> {
	if (config.dialect === 'postgres') {
		const { db, pool, locks } = await openPostgres(config.url);
		return {
			dialect: 'postgres',
			db,
			documents: pgDocumentStore(pool, locks),
			standing: pgStanding(pool),
			location: withoutPassword(config.url),
			ping: async () => void (await pool.query('SELECT 1')),
			close: async () => {
				await locks.end();
				await pool.end();
			}
		};
	}
	const { db, sqlite, gate } = openSqlite(config.path);
	return {
		dialect: 'sqlite',
		db,
		documents: sqliteDocumentStore(sqlite, gate),
		standing: sqliteStanding(sqlite, gate),
		location: config.path,
		ping: () => gate.when(() => void sqlite.prepare('SELECT 1').get()),
		backup: (file) => gate.when(() => void sqlite.prepare('VACUUM INTO ?').run(file)),
		close: () => gate.when(() => void sqlite.close())
	};
}

// The registry lives on globalThis: the built SvelteKit app bundles its own copy of this module,
// and it must find the storage server/index.ts opened, not open a second one.
const REGISTRY = Symbol.for('clusterplan.storage');
type Registry = { storage?: Promise<Storage>; opened?: Storage };
const registry = ((globalThis as Record<symbol, Registry>)[REGISTRY] ??= {});

/** The composition root hands over the storage it opened. */
export function provideStorage(storage: Storage): void {
	registry.storage = Promise.resolve(storage);
	registry.opened = storage;
}

/** The app's storage: the one provided, or (SvelteKit run alone) one opened from the environment. */
export function appStorage(): Promise<Storage> {
	registry.storage ??= openStorage(storageConfig()).then((storage) => (registry.opened = storage));
	return registry.storage;
}

/** The app's database, once `appStorage()` has resolved (the server hooks' init waits for it). */
export function getDb(): Db {
	if (!registry.opened) throw new Error('storage is not open yet: await appStorage() first');
	return registry.opened.db;
}
