// Production entry: one Node HTTP server that serves the SvelteKit app (adapter-node's handler).
// `npm start` builds the app and runs this file.
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markProtocol, useConnectionProtocol } from './request-protocol';

type Handler = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void;

const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || '0.0.0.0';
const started = performance.now();

// The built handler runs the app's init hook (migrations, demo seed) before it resolves.
const connectionProtocol = useConnectionProtocol();
const buildDir = resolve(process.env.CLUSTERPLAN_BUILD || 'build');
const { handler } = (await import(pathToFileURL(`${buildDir}/handler.js`).href)) as { handler: Handler };

const server = createServer((req, res) => {
	if (connectionProtocol) markProtocol(req);
	handler(req, res);
});

server.listen(port, host, () => {
	const ms = Math.round(performance.now() - started);
	console.log(`Clusterplan listening on http://localhost:${port} (ready in ${ms} ms)`);
});

function shutdown(signal: string) {
	console.log(`Clusterplan: ${signal}, closing`);
	server.close(() => process.exit(0));
	server.closeAllConnections();
	setTimeout(() => process.exit(0), 5000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
