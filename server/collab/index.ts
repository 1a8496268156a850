// Live co-editing on one HTTP server: wires the store, the rooms, the upgrade door, the health and
// comment endpoints and the periodic sweep. Used by server/index.ts in production and by the Vite plugin in dev.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { WebSocketServer } from 'ws';
import type { Db } from '../../src/lib/server/db';
import { limitsFromEnv, type CollabLimits } from './limits';
import { Rooms } from './rooms';
import { sqliteDocumentStore } from '../../src/lib/server/documents/sqlite-store';
import type { DocumentStore } from '../../src/lib/server/documents/store';
import { serveHealth } from './health';
import { serveComments } from './comments';
import { createUpgradeHandler, type UpgradeHandler } from './upgrade';

export type CollabServer = {
	handleUpgrade: UpgradeHandler;
	/** Serves GET /api/health and the comment endpoints (comments.ts); false for every other request. */
	handleHttp(req: IncomingMessage, res: ServerResponse): boolean;
	/** Stores what is pending and closes every socket. */
	close(): void;
};

// Keep-alive ping on every 6th sweep (30 s by default); a socket that missed the last pong is dropped.
const pingEverySweeps = 6;

/** Creates the collaboration server on `db` (whose migrations include the document tables). */
export function createCollabServer(
	db: Db,
	options: { limits?: CollabLimits; store?: DocumentStore; env?: NodeJS.ProcessEnv } = {}
): CollabServer {
	const env = options.env ?? process.env;
	const limits = options.limits ?? limitsFromEnv(env);
	const store = options.store ?? sqliteDocumentStore(db);
	const rooms = new Rooms(db, store, limits);
	// perMessageDeflate off: updates are small and compressing each costs CPU on every broadcast.
	const wss = new WebSocketServer({
		noServer: true,
		maxPayload: limits.maxMessageBytes,
		perMessageDeflate: false
	});
	let sweeps = 0;
	const sweep = setInterval(() => rooms.sweep(++sweeps % pingEverySweeps === 0), limits.sweepIntervalMs);
	sweep.unref();
	return {
		handleUpgrade: createUpgradeHandler(db, rooms, wss, env),
		handleHttp: (req, res) =>
			serveHealth(db, rooms, store, req, res) || serveComments(db, rooms, req, res, env),
		close() {
			clearInterval(sweep);
			rooms.closeAll();
			wss.close();
		}
	};
}
