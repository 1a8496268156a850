// POST /api/calls/<id>/applications: an applicant begins a draft while the call takes applications;
// 201 `{application}`. Every field may still be blank in a draft.
import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { apiUser } from '$lib/server/authz/guard';
import { api, objectBody } from '$lib/server/answer/api';
import { serverNow } from '$lib/server/clock';
import { createApplication } from '$lib/server/selection/applications';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = api(async ({ locals, params, request }) => {
	const user = apiUser(locals);
	const body = await objectBody(request, {});
	const application = await createApplication(getDb(), user, params.call, body, serverNow());
	return json({ application }, { status: 201 });
});
