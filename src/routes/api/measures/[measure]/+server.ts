// GET /api/measures/<id>: one support measure `{measure}`. PATCH: changes the fields sent (KIDI's
// admins and reviewers); a text sent as `{ru}` changes that language only. 200 `{measure}`.
import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { apiUser } from '$lib/server/authz/guard';
import { api, objectBody } from '$lib/server/answer/api';
import { serverNow } from '$lib/server/clock';
import { changeMeasure, getMeasure } from '$lib/server/measures';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals, params }) =>
	json({ measure: await getMeasure(getDb(), apiUser(locals), params.measure) })
);

export const PATCH: RequestHandler = api(async ({ locals, params, request }) => {
	const user = apiUser(locals);
	const measure = await changeMeasure(getDb(), user, params.measure, await objectBody(request), serverNow());
	return json({ measure });
});
