// Live co-editing on one HTTP server: wires the store, the rooms, the upgrade door, the health and
// comment, restore and workshop endpoints, the periodic sweep and the daily versions. Used by server/index.ts in production and by the Vite plugin in dev.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { WebSocketServer } from 'ws';
import type { Db, Storage } from '../../src/lib/server/db';
import { limitsFromEnv, type CollabLimits } from './limits';
import { Rooms } from './rooms';
import type { DocumentStore } from '../../src/lib/server/documents/store';
import { serveHealth } from './health';
import { serveComments } from './comments';
import { serveRestore } from './restore';
import { serveWorkshop } from './workshop';
import { servePlanTitle } from './plan-title';
import { serveParticipantChange } from './participant-change';
import { DAILY_CHECK_INTERVAL_MS, keepDailyVersions } from '../../src/lib/server/versions/daily';
import { createUpgradeHandler, type UpgradeHandler } from './upgrade';
import { migratePlanDocuments } from '../../src/lib/server/plans/document';
import { ClosedPlans } from './closed-plans';
import { noNews, type News } from './news';
import { EditBursts } from './edit-bursts';
import { serverNow } from '../../src/lib/server/clock';

export type CollabServer = {
	handleUpgrade: UpgradeHandler;
	/** Serves GET /api/health and the comment endpoints (comments.ts); false for every other request. */
	handleHttp(req: IncomingMessage, res: ServerResponse): boolean;
	/**
	 * Stops the timers, stores what is pending and closes every socket with "service restart" (the
	 * clients reconnect); resolves when the pending updates are durable.
	 */
	close(): Promise<void>;
};

export type CollabOptions = {
	limits?: CollabLimits;
	/** The document store, if not the database's own (tests: one that fails on demand). */
	store?: DocumentStore;
	env?: NodeJS.ProcessEnv;
	/** The clock the workshop and attendance read; tests hand in their own. */
	now?: () => number;
	/** How this instance hears of the others' stored updates (none when it is alone). */
	news?: News;
};

// Keep-alive ping on every 6th sweep (30 s by default); a socket that missed the last pong is dropped.
const pingEverySweeps = 6;

/**
 * Brings every stored plan to this code's layout before any door opens. A plan that cannot be read
 * or migrated is closed, never fatal: every other plan serves.
 */
async function openStoredPlans(db: Db): Promise<ClosedPlans> {
	const closed = new ClosedPlans();
	const { migrated, unreadable } = await migratePlanDocuments(db);
	if (migrated.length)
		console.log(`Clusterplan: ${migrated.length} plan documents moved to the current layout`);
	for (const [planId, reason] of unreadable) closed.close(planId, reason);
	return closed;
}

/**
 * Creates the collaboration server on `storage` (its database and its document store), once the
 * stored plans are brought to this code's layout.
 */
export async function createCollabServer(
	storage: Pick<Storage, 'db' | 'documents'>,
	options: CollabOptions = {}
): Promise<CollabServer> {
	const { db } = storage;
	const env = options.env ?? process.env;
	const limits = options.limits ?? limitsFromEnv(env);
	const store = options.store ?? storage.documents;
	const news = options.news ?? noNews;
	// Who edited what, told to the plan's watchers as gathered bursts (on the server's clock, which
	// tests move).
	const bursts = new EditBursts(db, options.now ?? (() => serverNow(env)));
	const rooms = new Rooms(db, store, limits, await openStoredPlans(db), options.now, news, {
		edited: (room, conn, touched) => bursts.edited(room.planId, conn.clusterId, room.doc, conn.user, touched),
		closed: (planId) => void bursts.flush(planId)
	});
	await rooms.elsewhere.start();
	// perMessageDeflate off: updates are small and compressing each costs CPU on every broadcast.
	const wss = new WebSocketServer({
		noServer: true,
		maxPayload: limits.maxMessageBytes,
		perMessageDeflate: false
	});
	let sweeps = 0;
	const sweep = setInterval(() => void rooms.sweep(++sweeps % pingEverySweeps === 0), limits.sweepIntervalMs);
	sweep.unref();
	// The first look is an interval after start, so a restart (or a test run) does not keep a version.
	const daily = setInterval(() => {
		Promise.resolve()
			.then(() => keepDailyVersions(db))
			.catch((error: unknown) => console.error('versions: daily versions failed', error));
	}, DAILY_CHECK_INTERVAL_MS);
	daily.unref();
	return {
		handleUpgrade: createUpgradeHandler(db, rooms, wss, env),
		handleHttp: (req, res) =>
			serveHealth(db, rooms, store, req, res) ||
			serveComments(db, rooms, req, res, env) ||
			serveRestore(db, rooms, req, res, env) ||
			serveWorkshop(db, rooms, req, res, env, options.now) ||
			servePlanTitle(db, rooms, req, res, env) ||
			serveParticipantChange(db, rooms, req, res, env),
		async close() {
			clearInterval(sweep);
			clearInterval(daily);
			await rooms.closeAll();
			await bursts.close();
			await news.close();
			wss.close();
		}
	};
}
