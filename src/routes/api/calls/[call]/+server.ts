// GET /api/calls/<id>: the call and what the caller may see of its applications (KIDI: every
// submitted one, `{id, name, region, sector, submittedAt, state}`; an evaluator: those assigned; an
// applicant: their own). PATCH: changes a call's fields (KIDI; after its draft only its panel).
import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { apiUser } from '$lib/server/authz/guard';
import { api, objectBody } from '$lib/server/answer/api';
import { serverNow } from '$lib/server/clock';
import { changeCall, viewCall } from '$lib/server/selection/calls';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals, params }) =>
	json({ call: await viewCall(getDb(), apiUser(locals), params.call) })
);

export const PATCH: RequestHandler = api(async ({ locals, params, request }) => {
	const user = apiUser(locals);
	const call = await changeCall(getDb(), user, params.call, await objectBody(request), serverNow());
	return json({ call });
});
