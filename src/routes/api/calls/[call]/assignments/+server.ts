// POST /api/calls/<id>/assignments: KIDI gives applications to evaluators, `{perApplication}` spread
// evenly or `{applicationId, evaluatorIds}` by hand; answers every application's evaluators.
import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { apiUser } from '$lib/server/authz/guard';
import { api, objectBody } from '$lib/server/answer/api';
import { serverNow } from '$lib/server/clock';
import { assign } from '$lib/server/selection/scoring';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = api(async ({ locals, params, request }) => {
	const user = apiUser(locals);
	const assigned = await assign(getDb(), user, params.call, await objectBody(request), serverNow());
	return json({ assignments: Object.fromEntries(assigned) });
});
