// POST /api/plans/<planId>/title with `{"title": {"ru", "kk", "en"}}`: renames a plan in three
// languages. Served here because the plan's document holds its title too (`meta`, written only by
// the server) and this server holds the live rooms: the plans table and the live document are
// renamed in one step, and everyone connected receives the new title like any edit.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Db } from '../../src/lib/server/db';
import { can } from '../../src/lib/server/authz/can';
import { getPlan } from '../../src/lib/server/plans';
import { ClusterInputError } from '../../src/lib/server/clusters';
import { checkPlanTitle, setPlanTitle } from '../../src/lib/server/clusters/rename';
import { renamePlan } from '../../src/lib/plan';
import { sessionTokenOf, userOf } from './access';
import { isAllowedOrigin } from './origin';
import type { Rooms } from './rooms';
import { refusal, type Reply } from './reply';
import { serveEndpoint } from './endpoint';
import { readJson } from './json-body';

/** Three titles of at most 500 characters, as JSON, with room to spare. */
const MAX_TITLE_BODY_BYTES = 16 * 1024;

const titlePath = /^\/api\/plans\/([A-Za-z0-9_-]{1,100})\/title$/;

/** Answers the plan title endpoint and returns true; returns false for any other request. */
export function servePlanTitle(
	db: Db,
	rooms: Rooms,
	req: IncomingMessage,
	res: ServerResponse,
	env: NodeJS.ProcessEnv = process.env
): boolean {
	return serveEndpoint('plan title', titlePath, req, res, ([planId]) => decide(db, rooms, req, planId!, env));
}

// Origin, session, the plan the user may see (unknown and another cluster's answer the same 404),
// the body (read before any refusal that depends on it, so the connection stays usable), the role.
async function decide(
	db: Db,
	rooms: Rooms,
	req: IncomingMessage,
	planId: string,
	env: NodeJS.ProcessEnv
): Promise<Reply> {
	if (req.method !== 'POST') {
		req.resume();
		return refusal(405, 'method_not_allowed');
	}
	const body = await readJson(req, MAX_TITLE_BODY_BYTES);
	if (!isAllowedOrigin(req, env)) return refusal(403, 'origin_not_allowed');
	const found = userOf(db, sessionTokenOf(req));
	if (!found) return refusal(401, 'signed_out');
	const plan = getPlan(db, planId);
	if (!plan || !can(found.user, 'plan.view', { clusterId: plan.clusterId })) return refusal(404, 'not_found');
	if (!can(found.user, 'plan.rename', { clusterId: plan.clusterId })) return refusal(403, 'forbidden');
	if ('status' in body) return body;
	let title;
	try {
		title = checkPlanTitle(body.value.title);
	} catch (error) {
		if (error instanceof ClusterInputError) return refusal(400, error.code, error.field);
		throw error;
	}
	const checked = title;
	// The record first, inside the change: if writing it fails, the document is not renamed either.
	rooms.change(plan.id, (live) => {
		db.transaction((tx) => setPlanTitle(tx, plan, checked, found.user.id));
		renamePlan(live, checked);
	});
	return { status: 200, body: { id: plan.id, title: checked } };
}
