// The websocket door: decides an upgrade on /collab/<planId> before anything is opened or loaded.
// Order: origin (403), session (401), plan the user may view (404, the same for a plan that does not
// exist and one of another cluster, so ids cannot be probed), closed plan (503), open-socket bounds (429).
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocketServer } from 'ws';
import type { Db } from '../../src/lib/server/db';
import { getPlan } from '../../src/lib/server/plans';
import { accessTo, sessionTokenOf } from './access';
import { isAllowedOrigin } from './origin';
import { refuseUpgrade } from './refuse';
import type { Rooms } from './rooms';
import type { AcceptedSocket } from './connection';
import { warnUnlessOrdinary } from './socket-errors';

const collabPath = /^\/collab\/([A-Za-z0-9_-]{1,100})$/;

export type UpgradeHandler = (req: IncomingMessage, socket: Duplex, head: Buffer) => boolean;

type Decision = { status: number; reason: string } | AcceptedSocket;

async function decide(
	db: Db,
	rooms: Rooms,
	req: IncomingMessage,
	path: string,
	env: NodeJS.ProcessEnv
): Promise<Decision> {
	const match = collabPath.exec(path);
	if (!match) return { status: 404, reason: 'no such plan' };
	if (!isAllowedOrigin(req, env)) return { status: 403, reason: 'origin not allowed' };
	const token = sessionTokenOf(req);
	const plan = await getPlan(db, match[1]!);
	// Session before plan, so signed-out callers cannot probe which plan ids exist.
	const access = await accessTo(db, token, plan?.clusterId ?? '');
	if (!access.ok && access.reason === 'signed-out') return { status: 401, reason: 'not signed in' };
	if (!plan || !access.ok) return { status: 404, reason: 'no such plan' };
	if (rooms.closed.reason(plan.id) !== undefined) return { status: 503, reason: 'plan unavailable' };
	if (!rooms.canOpen(access.user.id, plan.id)) return { status: 429, reason: 'too many plans open' };
	return {
		planId: plan.id,
		clusterId: plan.clusterId,
		token: token!,
		sessionId: access.sessionId,
		user: access.user,
		canEdit: access.canEdit
	};
}

/**
 * Returns a handler for the HTTP server's 'upgrade' event. It returns false, touching nothing,
 * for paths outside /collab/ (Vite's HMR socket shares the dev server), true when it handled one.
 */
export function createUpgradeHandler(
	db: Db,
	rooms: Rooms,
	wss: WebSocketServer,
	env: NodeJS.ProcessEnv = process.env
): UpgradeHandler {
	return (req, socket, head) => {
		const path = new URL(req.url ?? '/', 'http://localhost').pathname;
		if (path !== '/collab' && !path.startsWith('/collab/')) return false;
		// A client that resets mid-handshake must not become an uncaught 'error' event.
		socket.on('error', (error) => warnUnlessOrdinary('upgrade socket error', error));
		decide(db, rooms, req, path, env)
			.catch((error: unknown): Decision => {
				console.error('collab: upgrade failed', error);
				return { status: 500, reason: 'internal error' };
			})
			.then((decision) => {
				if ('status' in decision) {
					refuseUpgrade(socket, decision.status, decision.reason);
					return;
				}
				// The client gave up while the door was being decided.
				if (socket.destroyed) return;
				// The bounds again, now: other sockets of the same user may have been let in meanwhile.
				if (!rooms.canOpen(decision.user.id, decision.planId)) {
					refuseUpgrade(socket, 429, 'too many plans open');
					return;
				}
				wss.handleUpgrade(req, socket, head, (ws) => rooms.connect(ws, decision));
			});
		return true;
	};
}
