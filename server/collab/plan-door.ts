// The door every HTTP endpoint on a live plan passes first (comments, workshops, the plan's title):
// POST only; the body read before any refusal that depends on it, so the connection stays usable;
// the Origin (a cross-site form or fetch carries the cookie, only the Origin tells our pages from
// others'); the session; a plan the user may see, unknown and another cluster's answering the same
// 404. What an operation needs beyond seeing the plan is the endpoint's own check, with `can`.
import type { IncomingMessage } from 'node:http';
import type { Db } from '../../src/lib/server/db';
import type { Plan } from '../../src/lib/server/db/schema';
import type { AppUser } from '../../src/lib/server/authz/actor';
import { can } from '../../src/lib/server/authz/can';
import { getPlan } from '../../src/lib/server/plans';
import { sessionTokenOf, userOf } from './access';
import { isAllowedOrigin } from './origin';
import { readJson } from './json-body';
import { refusal, type Reply } from './reply';

/** Who asks, about which plan, with what body (or the body's refusal, answered after the role's). */
export type PlanRequest = {
	user: AppUser;
	plan: Plan;
	body: { value: Record<string, unknown> } | Reply;
};

/** The request through the door, or the refusal that stopped it. */
export async function enterPlan(
	db: Db,
	req: IncomingMessage,
	planId: string,
	maxBodyBytes: number,
	env: NodeJS.ProcessEnv
): Promise<PlanRequest | Reply> {
	if (req.method !== 'POST') {
		req.resume();
		return refusal(405, 'method_not_allowed');
	}
	const body = await readJson(req, maxBodyBytes);
	if (!isAllowedOrigin(req, env)) return refusal(403, 'origin_not_allowed');
	const found = await userOf(db, sessionTokenOf(req));
	if (!found) return refusal(401, 'signed_out');
	const plan = await getPlan(db, planId);
	if (!plan || !can(found.user, 'plan.view', { clusterId: plan.clusterId })) return refusal(404, 'not_found');
	return { user: found.user, plan, body };
}

/** True when the door refused the request. */
export function isRefused(entered: PlanRequest | Reply): entered is Reply {
	return 'status' in entered;
}
