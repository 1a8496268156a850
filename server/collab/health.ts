// GET /api/health: server metrics for admins (401 signed out, 403 others). Served by the Node
// server rather than SvelteKit because only it knows the open rooms.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Db } from '../../src/lib/server/db';
import { can } from '../../src/lib/server/authz/can';
import { sessionTokenOf, userOf } from './access';
import type { Rooms } from './rooms';
import type { DocumentStore } from '../../src/lib/server/documents/store';

const started = Date.now();

function json(res: ServerResponse, status: number, body: unknown): void {
	res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
	res.end(JSON.stringify(body));
}

/** Answers GET /api/health and returns true; returns false for any other request. */
export function serveHealth(
	db: Db,
	rooms: Rooms,
	store: DocumentStore,
	req: IncomingMessage,
	res: ServerResponse
): boolean {
	const path = new URL(req.url ?? '/', 'http://localhost').pathname;
	if (path !== '/api/health' || req.method !== 'GET') return false;
	void answer(db, rooms, store, req, res);
	return true;
}

async function answer(db: Db, rooms: Rooms, store: DocumentStore, req: IncomingMessage, res: ServerResponse) {
	try {
		const found = await userOf(db, sessionTokenOf(req));
		if (!found) json(res, 401, { message: 'Not signed in' });
		else if (!can(found.user, 'health.view')) json(res, 403, { message: 'Forbidden' });
		else {
			const { documents, connections } = rooms.stats();
			const { logRows, logBytes, snapshots } = await store.stats();
			const memory = process.memoryUsage();
			json(res, 200, {
				uptimeSeconds: Math.round((Date.now() - started) / 1000),
				openDocuments: documents,
				connections,
				updateLog: { rows: logRows, bytes: logBytes },
				snapshots,
				closedPlans: rooms.closed.list(),
				rssBytes: memory.rss
			});
		}
	} catch (error) {
		console.error('health: failed', error);
		json(res, 500, { message: 'Internal error' });
	}
}
