// Hocuspocus 4 with its SQLite extension, default debounce (2 s, at most 10 s), file from BENCH_DB.
import { Server } from '@hocuspocus/server';
import { SQLite } from '@hocuspocus/extension-sqlite';

const server = new Server({
	port: 0,
	address: '127.0.0.1',
	quiet: true,
	extensions: [new SQLite({ database: process.env.BENCH_DB! })]
});
await server.listen();
console.log(`listening on ${server.address.port}`);
