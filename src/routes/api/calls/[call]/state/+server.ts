// POST /api/calls/<id>/state `{state}`: opens, closes, starts scoring or publishes a call (KIDI), as
// the call's transition table allows and by the server's clock (a call closes at its deadline).
import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { apiUser } from '$lib/server/authz/guard';
import { api, objectBody } from '$lib/server/answer/api';
import { serverNow } from '$lib/server/clock';
import { moveCallTo } from '$lib/server/selection/calls';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = api(async ({ locals, params, request }) => {
	const user = apiUser(locals);
	const call = await moveCallTo(getDb(), user, params.call, await objectBody(request), serverNow());
	return json({ call });
});
