// GET /api/calls/<id>/ranking: `[{applicationId, name, total, byCriterion, spread, decision, …}]`,
// best first, of the applications that passed the formal check (KIDI only).
import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { apiUser } from '$lib/server/authz/guard';
import { api } from '$lib/server/answer/api';
import { rankingOf } from '$lib/server/selection/ranking';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals, params }) => {
	const { rows } = await rankingOf(getDb(), apiUser(locals), params.call);
	return json(rows);
});
