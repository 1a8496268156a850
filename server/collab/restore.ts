// POST /api/plans/<planId>/versions/<id>/restore: makes a version the live plan. Served here because
// this server holds the live rooms: the restore is one change on the room's document, stored and
// broadcast like any edit, so everyone connected sees it at once. The live plan as it was is kept
// first as a version of kind 'restore', so nothing in the history is lost.
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as Y from 'yjs';
import type { Db } from '../../src/lib/server/db';
import { can } from '../../src/lib/server/authz/can';
import { getPlan } from '../../src/lib/server/plans';
import { audit } from '../../src/lib/server/audit';
import { keepVersion, versionRow, type VersionSummary } from '../../src/lib/server/versions/store';
import {
	SCHEMA_VERSION,
	checkDocument,
	isPlanError,
	migrate,
	restorePlan,
	schemaVersionOf,
	snapshot
} from '../../src/lib/plan';
import { sessionTokenOf, userOf } from './access';
import { isAllowedOrigin } from './origin';
import type { Rooms } from './rooms';
import { refusal, type Reply } from './reply';
import { serveEndpoint } from './endpoint';

const restorePath = /^\/api\/plans\/([A-Za-z0-9_-]{1,100})\/versions\/([1-9][0-9]{0,8})\/restore$/;

/** Answers the restore endpoint and returns true; returns false for any other request. */
export function serveRestore(
	db: Db,
	rooms: Rooms,
	req: IncomingMessage,
	res: ServerResponse,
	env: NodeJS.ProcessEnv = process.env
): boolean {
	return serveEndpoint('restore', restorePath, req, res, async ([planId, number]) => {
		// The body, if any, is not read: drain it so the connection stays usable.
		req.resume();
		return await decide(db, rooms, req, planId!, Number(number), env);
	});
}

// Same order as the websocket door: origin, session, plan, role. Nothing is read before that.
async function decide(
	db: Db,
	rooms: Rooms,
	req: IncomingMessage,
	planId: string,
	number: number,
	env: NodeJS.ProcessEnv
): Promise<Reply> {
	if (req.method !== 'POST') return refusal(405, 'method_not_allowed');
	if (!isAllowedOrigin(req, env)) return refusal(403, 'origin_not_allowed');
	const found = await userOf(db, sessionTokenOf(req));
	if (!found) return refusal(401, 'signed_out');
	const user = found.user;
	const plan = await getPlan(db, planId);
	// A plan the user cannot see is as unknown as a missing one.
	if (!plan || !can(user, 'plan.view', { clusterId: plan.clusterId })) return refusal(404, 'not_found');
	if (!can(user, 'version.restore', { clusterId: plan.clusterId })) return refusal(403, 'forbidden');
	const row = await versionRow(db, plan.id, number);
	if (!row) return refusal(404, 'not_found');

	const past = new Y.Doc();
	try {
		const refused = readVersion(past, new Uint8Array(row.state));
		if (refused) return refused;
		const now = Date.now();
		// No socket's edit lands between reading the live plan, keeping it and replacing it.
		const kept = await rooms.exclusively(plan.id, async (room): Promise<VersionSummary> => {
			const live = room.doc;
			// Kept and audited before the restore runs: if keeping fails, nothing is restored.
			const version = await db.transaction(async (tx) => {
				const before = await keepVersion(
					tx,
					plan,
					{
						label: `Before restoring v${number}`,
						note: row.label,
						kind: 'restore',
						restoredFrom: number,
						state: Y.encodeStateAsUpdate(live),
						data: snapshot(live),
						author: { id: user.id, name: user.displayName }
					},
					now
				);
				await audit(
					tx,
					{
						userId: user.id,
						action: 'version.restore',
						clusterId: plan.clusterId,
						target: `${plan.id}/v${number}`,
						detail: { label: row.label, kept: before.id }
					},
					now
				);
				return before;
			});
			await room.change((doc) => restorePlan(doc, past));
			return version;
		});
		return { status: 200, body: { restored: number, kept } };
	} finally {
		past.destroy();
	}
}

/**
 * Reads a version's state into `past`, in this code's layout, and checks it as the door checks every
 * write: a version that cannot be read or breaks the plan's rules (imported junk) is refused, 409.
 */
function readVersion(past: Y.Doc, state: Uint8Array): Reply | null {
	try {
		Y.applyUpdate(past, state);
		// A version kept under an older layout is brought to this code's before it is written back.
		if (schemaVersionOf(past) !== SCHEMA_VERSION) migrate(past);
	} catch (error) {
		if (isPlanError(error)) return refusal(409, error.code, 'version');
		return refusal(409, 'unreadable', 'version');
	}
	const problem = checkDocument(past, state.byteLength, 1)[0];
	return problem ? refusal(409, problem.code, problem.path) : null;
}
