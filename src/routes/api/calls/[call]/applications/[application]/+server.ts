// GET /api/calls/<id>/applications/<appId>: the application as the caller may read it. PATCH: its
// applicant changes the draft's fields given (409 once submitted).
import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { apiUser } from '$lib/server/authz/guard';
import { api, objectBody } from '$lib/server/answer/api';
import { serverNow } from '$lib/server/clock';
import { changeApplication, viewApplication } from '$lib/server/selection/applications';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals, params }) =>
	json({ application: await viewApplication(getDb(), apiUser(locals), params.call, params.application) })
);

export const PATCH: RequestHandler = api(async ({ locals, params, request }) => {
	const user = apiUser(locals);
	const body = await objectBody(request);
	const application = await changeApplication(
		getDb(),
		user,
		params.call,
		params.application,
		body,
		serverNow()
	);
	return json({ application });
});
