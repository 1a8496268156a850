// Hocuspocus 3 with a SQLite store through its Database extension (what its SQLite extension does,
// on better-sqlite3), default debounce (2 s, at most 10 s), file from BENCH_DB. Hocuspocus 3, not 4:
// 4 requires Node 22 (its SQLite extension uses node:sqlite), and this project runs on Node 20.
import Database from 'better-sqlite3';
import { Server } from '@hocuspocus/server';
import { Database as Persistence } from '@hocuspocus/extension-database';

const sqlite = new Database(process.env.BENCH_DB!);
sqlite.pragma('journal_mode = WAL');
sqlite.exec('CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, data BLOB)');
const select = sqlite.prepare<[string], { data: Buffer }>('SELECT data FROM documents WHERE name = ?');
const upsert = sqlite.prepare<[string, Buffer]>(
	'INSERT INTO documents (name, data) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET data = excluded.data'
);

const server = new Server({
	port: 0,
	address: '127.0.0.1',
	quiet: true,
	extensions: [
		new Persistence({
			fetch: async ({ documentName }) => select.get(documentName)?.data ?? null,
			store: async ({ documentName, state }) => void upsert.run(documentName, state)
		})
	]
});
await server.listen();
console.log(`listening on ${server.address.port}`);
