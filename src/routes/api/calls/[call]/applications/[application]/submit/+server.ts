// POST /api/calls/<id>/applications/<appId>/submit: the applicant submits the draft before the
// deadline by the server's clock (409 `call_not_open` after it, 409 `already_submitted` twice; 400
// with every gap as `rows` when something is missing).
import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { apiUser } from '$lib/server/authz/guard';
import { api } from '$lib/server/answer/api';
import { serverNow } from '$lib/server/clock';
import { submit } from '$lib/server/selection/applications';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = api(async ({ locals, params }) => {
	const user = apiUser(locals);
	return json({ application: await submit(getDb(), user, params.call, params.application, serverNow()) });
});
