// /api/plans/<id>/watch: whether the signed-in person watches the plan or one of its items.
// GET → `{plan, items}` (the whole plan, their role's default included; the items they chose);
// POST starts and DELETE stops watching, the whole plan or `{itemId}` (body or query) →
// `{watching, itemId}`. A plan they may not see is as unknown as a missing one (404).
import { json } from '@sveltejs/kit';
import { Refusal } from '$lib/refusal';
import { api, objectBody } from '$lib/server/answer/api';
import { serverNow } from '$lib/server/clock';
import { viewablePlan } from '$lib/server/plans/access';
import {
	WHOLE_PLAN,
	isWatchable,
	setWatch,
	watchChoices,
	watchesPlan
} from '$lib/server/notifications/watches';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals, params }) => {
	const { user, plan, db } = await viewablePlan(locals, params.plan);
	const choices = await watchChoices(db, user.id, plan.id);
	const items = [...choices].filter(([id, watching]) => id !== WHOLE_PLAN && watching).map(([id]) => id);
	return json(
		{ plan: watchesPlan(user, plan.clusterId, choices), items },
		{ headers: { 'cache-control': 'no-store' } }
	);
});

/** The item a request names: `?itemId=` first, else the body's `itemId`; '' or none is the plan. */
async function itemOf(request: Request, url: URL): Promise<string> {
	const fromQuery = url.searchParams.get('itemId');
	const body = fromQuery === null ? await objectBody(request, {}) : {};
	// A null or a number is a bad id, not the plan: only '' or no itemId at all names the plan.
	const itemId = fromQuery ?? ('itemId' in body ? body.itemId : WHOLE_PLAN);
	if (!isWatchable(itemId))
		throw new Refusal(400, 'invalid_value', 'itemId is an item id of the plan, or empty for the plan', {
			field: 'itemId'
		});
	return itemId;
}

/** Starts (`watching`) or stops watching what the request names. */
const watchOrStop =
	(watching: boolean): RequestHandler =>
	async ({ locals, params, request, url }) => {
		const { user, plan, db } = await viewablePlan(locals, params.plan);
		const itemId = await itemOf(request, url);
		await setWatch(db, user.id, plan.id, itemId, watching, serverNow());
		return json({ watching, itemId });
	};

export const POST: RequestHandler = api(watchOrStop(true));
export const DELETE: RequestHandler = api(watchOrStop(false));
