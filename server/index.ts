// Production entry: one Node HTTP server that serves the SvelteKit app (adapter-node's handler),
// takes websocket upgrades on /collab/<planId> for live co-editing, and answers GET /api/health.
// `npm start` builds the app and runs this file.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markProtocol, useConnectionProtocol } from './request-protocol';
import { getDb } from '../src/lib/server/db';
import { createCollabServer } from './collab';
import { LARGEST_BODY, refuseLargeBody } from './body-limit';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || '0.0.0.0';
const started = performance.now();

// The built handler runs the app's init hook (migrations, demo seed) before it resolves.
const connectionProtocol = useConnectionProtocol();
// Whole-cluster imports take up to 50 MB (body-limit.ts keeps every other endpoint at 8 MB);
// adapter-node's default body limit is 512 KB.
process.env.BODY_SIZE_LIMIT ??= LARGEST_BODY;
const buildDir = resolve(process.env.CLUSTERPLAN_BUILD || 'build');
const { handler } = (await import(pathToFileURL(`${buildDir}/handler.js`).href)) as { handler: Handler };

const collab = createCollabServer(getDb());

const server = createServer((req, res) => {
	if (connectionProtocol) markProtocol(req);
	if (refuseLargeBody(req, res)) return;
	if (!collab.handleHttp(req, res)) handler(req, res);
});
server.on('upgrade', (req, socket, head) => {
	if (!collab.handleUpgrade(req, socket, head)) socket.destroy();
});

server.listen(port, host, () => {
	const ms = Math.round(performance.now() - started);
	const actual = (server.address() as AddressInfo).port;
	console.log(`Clusterplan listening on http://localhost:${actual} (ready in ${ms} ms)`);
});

function shutdown(signal: string) {
	console.log(`Clusterplan: ${signal}, closing`);
	collab.close();
	server.close(() => process.exit(0));
	server.closeAllConnections();
	setTimeout(() => process.exit(0), 5000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
