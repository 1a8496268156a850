// POST /api/plans/<planId>/title with `{"title": {"ru", "kk", "en"}}`: renames a plan in three
// languages. Served here because the plan's document holds its title too (`meta`, written only by
// the server) and this server holds the live rooms: the plans table and the live document are
// renamed in one step, and everyone connected receives the new title like any edit.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Db } from '../../src/lib/server/db';
import { can } from '../../src/lib/server/authz/can';
import { checkPlanTitle, setPlanTitle } from '../../src/lib/server/clusters/rename';
import { renamePlan } from '../../src/lib/plan';
import type { Rooms } from './rooms';
import { refusal, type Reply } from './reply';
import { serveEndpoint } from './endpoint';
import { enterPlan, isRefused } from './plan-door';

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

// The plan door, then the role, then the body.
async function decide(
	db: Db,
	rooms: Rooms,
	req: IncomingMessage,
	planId: string,
	env: NodeJS.ProcessEnv
): Promise<Reply> {
	const entered = await enterPlan(db, req, planId, MAX_TITLE_BODY_BYTES, env);
	if (isRefused(entered)) return entered;
	const { user, plan, body } = entered;
	if (!can(user, 'plan.rename', { clusterId: plan.clusterId })) return refusal(403, 'forbidden');
	if ('status' in body) return body;
	// A title that is not one is refused by the check, and answered by the endpoint's frame.
	const checked = checkPlanTitle(body.value.title);
	// The record first, while the room holds still: if writing it fails, the document is not
	// renamed either.
	await rooms.exclusively(plan.id, async (room) => {
		await db.transaction((tx) => setPlanTitle(tx, plan, checked, user.id));
		await room.change((live) => renamePlan(live, checked));
	});
	return { status: 200, body: { id: plan.id, title: checked } };
}
