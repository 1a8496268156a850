// PATCH /api/clusters/<clusterId>/participants/<participantId>: changes a participant of the
// cluster's registry (the fields the body names). Served here because a new name reaches the plans:
// every actor linked to the participant, on every plan of the cluster, takes it, as a change on the
// plan's room that everyone connected receives like any edit (`renameParticipant`). The registry's
// row is written first; a plan that cannot take the name then is named in the answer (503), and
// sending the same name again renames what is still behind. Other methods on this path are the
// app's (DELETE marks the participant as left).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Db } from '../../src/lib/server/db';
import { clusterPlans } from '../../src/lib/server/clusters';
import { registryOf } from '../../src/lib/server/registry/access';
import { changeParticipant } from '../../src/lib/server/registry/participants';
import { renameParticipant } from '../../src/lib/plan';
import { Refusal } from '../../src/lib/refusal';
import type { Rooms } from './rooms';
import { refusal, type Reply } from './reply';
import { serveEndpoint } from './endpoint';
import { sessionTokenOf, userOf } from './access';
import { isAllowedOrigin } from './origin';
import { readJson } from './json-body';

/** A participant's fields as JSON, with room to spare. */
const MAX_PARTICIPANT_BODY_BYTES = 16 * 1024;

const participantPath = /^\/api\/clusters\/([A-Za-z0-9_-]{1,100})\/participants\/([A-Za-z0-9_-]{1,100})$/;

/** Answers a participant's PATCH and returns true; returns false for any other request. */
export function serveParticipantChange(
	db: Db,
	rooms: Rooms,
	req: IncomingMessage,
	res: ServerResponse,
	env: NodeJS.ProcessEnv = process.env
): boolean {
	if (req.method !== 'PATCH') return false;
	return serveEndpoint('participant change', participantPath, req, res, ([clusterId, participantId]) =>
		decide(db, rooms, req, clusterId!, participantId!, env)
	);
}

// The body, the Origin and the session, then the registry's own checks (cluster, role, fields).
async function decide(
	db: Db,
	rooms: Rooms,
	req: IncomingMessage,
	clusterId: string,
	participantId: string,
	env: NodeJS.ProcessEnv
): Promise<Reply> {
	const body = await readJson(req, MAX_PARTICIPANT_BODY_BYTES);
	if (!isAllowedOrigin(req, env)) return refusal(403, 'origin_not_allowed');
	const found = await userOf(db, sessionTokenOf(req));
	if (!found) return refusal(401, 'signed_out');
	if ('status' in body) {
		await registryOf(db, found.user, clusterId, 'participant.manage');
		return body;
	}
	const { before, after } = await changeParticipant(db, found.user, clusterId, participantId, body.value);
	const behind: string[] = [];
	// A name sent again (the same as stored) still renames, so a plan missed before catches up.
	if ('name' in body.value) {
		for (const plan of await clusterPlans(db, clusterId)) {
			try {
				await rooms.change(plan.id, (doc) => renameParticipant(doc, participantId, before.name, after.name));
			} catch (error) {
				console.error(`participant change: plan ${plan.id} kept the old name of ${participantId}`, error);
				behind.push(plan.id);
			}
		}
	}
	if (behind.length > 0)
		throw new Refusal(503, 'plan_unavailable', 'Saved, but some plans still show the old name', {
			field: 'name',
			retryAfter: 5
		});
	return { status: 200, body: { participant: after } };
}
