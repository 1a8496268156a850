// GET /api/calls: the calls the caller may see, the newest first. POST: a new call in draft (KIDI's
// admins and reviewers), `{title, rules, opensAt, closesAt, requirements, criteria, passMark, seats,
// evaluators}`; 201 `{call}`.
import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { apiUser } from '$lib/server/authz/guard';
import { api, objectBody } from '$lib/server/answer/api';
import { serverNow } from '$lib/server/clock';
import { createCall, listCalls } from '$lib/server/selection/calls';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals }) =>
	json({ calls: await listCalls(getDb(), apiUser(locals)) })
);

export const POST: RequestHandler = api(async ({ locals, request }) => {
	const user = apiUser(locals);
	const call = await createCall(getDb(), user, await objectBody(request), serverNow());
	return json({ call }, { status: 201 });
});
