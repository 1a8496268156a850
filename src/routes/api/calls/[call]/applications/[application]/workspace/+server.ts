// POST /api/calls/<id>/applications/<appId>/workspace `{facilitatorId}`: a chosen application
// becomes a cluster (KIDI); 201 `{clusterId}`.
import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { apiUser } from '$lib/server/authz/guard';
import { api, objectBody } from '$lib/server/answer/api';
import { serverNow } from '$lib/server/clock';
import { makeWorkspace } from '$lib/server/selection/workspace';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = api(async ({ locals, params, request }) => {
	const user = apiUser(locals);
	const body = await objectBody(request, {});
	const clusterId = await makeWorkspace(getDb(), user, params.call, params.application, body, serverNow());
	return json({ clusterId }, { status: 201 });
});
