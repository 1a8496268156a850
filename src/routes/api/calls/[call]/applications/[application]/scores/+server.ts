// POST /api/calls/<id>/applications/<appId>/scores `{conflict, scores?: [{criterionId, score,
// comment}]}`: an evaluator declares a conflict (and leaves the application) or none, and submits
// their sheet. 403 for an application not assigned or with a declared conflict; 409 before the
// formal check or after the sheet is in.
import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { apiUser } from '$lib/server/authz/guard';
import { api, objectBody } from '$lib/server/answer/api';
import { serverNow } from '$lib/server/clock';
import { score } from '$lib/server/selection/scoring';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = api(async ({ locals, params, request }) => {
	const user = apiUser(locals);
	const body = await objectBody(request);
	const { sheet, application } = await score(
		getDb(),
		user,
		params.call,
		params.application,
		body,
		serverNow()
	);
	return json({ sheet, state: application.state });
});
