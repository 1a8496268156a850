// POST /api/calls/<id>/decision `{date, protocol, decisions?: [{applicationId, decision, note}]}`:
// the commission's decision (KIDI records it); the call becomes decided.
import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { apiUser } from '$lib/server/authz/guard';
import { api, objectBody } from '$lib/server/answer/api';
import { serverNow } from '$lib/server/clock';
import { decide } from '$lib/server/selection/ranking';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = api(async ({ locals, params, request }) => {
	const user = apiUser(locals);
	const { call, rows } = await decide(getDb(), user, params.call, await objectBody(request), serverNow());
	return json({ decision: call.decision, ranking: rows });
});
