// GET /api/calls/<id>/results: the published results, for anyone signed in (KIDI also before).
import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { apiUser } from '$lib/server/authz/guard';
import { api } from '$lib/server/answer/api';
import { resultsOf } from '$lib/server/selection/ranking';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals, params }) => {
	const { call, rows } = await resultsOf(getDb(), apiUser(locals), params.call);
	return json({ decision: call.decision, results: rows });
});
