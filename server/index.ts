// Production entry and composition root: opens the storage (SQLite, or PostgreSQL with
// DATABASE_URL) once, hands it to the SvelteKit app (adapter-node's handler, through the hooks)
// and to the collaboration server (websocket upgrades on /collab/<planId>, GET /api/health), and
// serves both on one Node HTTP server. `npm start` builds the app and runs this file.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markProtocol, useConnectionProtocol } from './request-protocol';
import { openStorage, provideStorage, storageConfig } from '../src/lib/server/db';
import { createCollabServer } from './collab';
import { LARGEST_BODY, bodyLimit, limitBody } from './body-limit';
import { sessionTokenOf } from './collab/access';
import { validateSessionToken } from '../src/lib/server/auth/session';
import { serveHealthz } from './healthz';
import { serveOneClickUnsubscribe } from './one-click-unsubscribe';
import { onStop } from './shutdown';
import { newsFromEnv } from './instances';
import { deliver, relayMonitoringEvents, type MonitoringEvent } from '../src/lib/server/indicators/events';
import { deliverRing, relayRings } from '../src/lib/server/notifications/live';
import { accessChangedElsewhere, relayAccessChanges } from '../src/lib/server/authz/access-changes';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || '0.0.0.0';
const started = performance.now();

// Opened (and migrated) before the app is imported: its init hook seeds the demo on this storage.
const storage = await openStorage(storageConfig());
provideStorage(storage);
console.log(
	`Clusterplan: ${storage.dialect === 'postgres' ? 'PostgreSQL' : 'SQLite'} at ${storage.location}`
);

// The built handler runs the app's init hook (the demo seed) before it resolves.
const connectionProtocol = useConnectionProtocol();
// body-limit.ts holds each endpoint to its own limit before adapter-node reads a body; adapter-node's
// single limit (512 KB by default) is raised to the largest of them, the whole-cluster import.
process.env.BODY_SIZE_LIMIT ??= LARGEST_BODY;
const buildDir = resolve(process.env.CLUSTERPLAN_BUILD || 'build');
const { handler } = (await import(pathToFileURL(`${buildDir}/handler.js`).href)) as { handler: Handler };

const db = storage.db;
// Only tests set it (src/lib/server/clock.ts): said aloud, so a deployment that has it by mistake shows.
if (process.env.CLUSTERPLAN_CLOCK_FILE) {
	console.warn(`Clusterplan: the clock is read from ${process.env.CLUSTERPLAN_CLOCK_FILE} (for tests)`);
}
const news = await newsFromEnv(storage);
if (process.env.REDIS_URL) {
	console.log('Clusterplan: one of several instances, news over Redis');
	// Monitoring views open on other instances hear of values recorded here, and the reverse.
	relayMonitoringEvents((planId, event) => news.tell('monitoring', planId, event));
	await news.hear('monitoring', (planId, event) => deliver(planId, event as MonitoringEvent));
	// A bell open on another instance rings when a notification is written here, and the reverse.
	relayRings((userId) => news.tell('bells', userId, {}));
	await news.hear('bells', (userId) => deliverRing(userId));
	// Sockets on every instance ask the database again after a logout or a role change here; news
	// lost on the way leaves them to the sweep, which always asks.
	relayAccessChanges(() => news.tell('access', 'all', {}));
	await news.hear('access', () => accessChangedElsewhere());
}
const collab = await createCollabServer(storage, { news });

// The path as sent, not resolved: a path that is not exactly an upload endpoint's gets a smaller limit.
const limitOf = (req: IncomingMessage) =>
	bodyLimit((req.url ?? '/').split('?')[0]!, async () => {
		const token = sessionTokenOf(req);
		return token !== null && (await validateSessionToken(db, token)) !== null;
	});

const server = createServer((req, res) => {
	if (connectionProtocol) markProtocol(req);
	// Load balancers ask here: no sign-in, no data, 503 once stopping.
	if (serveHealthz(req, res, storage, { stopping: () => stopper.stopping })) return;
	// A mail program's one-click unsubscribe carries no Origin, which SvelteKit's CSRF check refuses.
	if (serveOneClickUnsubscribe(db, req, res)) return;
	// The collab server's endpoints read their small JSON bodies with their own limit (json-body.ts).
	if (collab.handleHttp(req, res)) return;
	limitBody(req, res, limitOf, (limited) => handler(limited, res));
});
server.on('upgrade', (req, socket, head) => {
	if (!collab.handleUpgrade(req, socket, head)) socket.destroy();
});

server.listen(port, host, () => {
	const ms = Math.round(performance.now() - started);
	const actual = (server.address() as AddressInfo).port;
	console.log(`Clusterplan listening on http://localhost:${actual} (ready in ${ms} ms)`);
});

// SIGTERM / SIGINT: stop taking connections, store what is pending, send editors away with 1012
// (they reconnect), close the database, exit 0 (server/shutdown.ts).
const stopper = onStop({ server, collab, storage });
