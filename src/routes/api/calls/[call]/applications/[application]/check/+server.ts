// POST /api/calls/<id>/applications/<appId>/check `{requirements: [{id, met, reason}]}`: KIDI's
// formal check, after the deadline; one requirement not met rejects the application.
import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { apiUser } from '$lib/server/authz/guard';
import { api, objectBody } from '$lib/server/answer/api';
import { serverNow } from '$lib/server/clock';
import { formalCheck } from '$lib/server/selection/applications';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = api(async ({ locals, params, request }) => {
	const user = apiUser(locals);
	const body = await objectBody(request);
	const application = await formalCheck(getDb(), user, params.call, params.application, body, serverNow());
	return json({ application });
});
