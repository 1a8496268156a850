// GET /api/clusters/<cluster>/profile: the cluster organisation's profile (the empty one when none
// is written). PUT the whole profile: facilitators and admins.
import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { apiUser } from '$lib/server/authz/guard';
import { api, objectBody } from '$lib/server/answer/api';
import { profileFor, putProfile } from '$lib/server/registry/profile';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals, params }) =>
	json({ profile: await profileFor(getDb(), apiUser(locals), params.cluster) })
);

export const PUT: RequestHandler = api(async ({ locals, params, request }) => {
	const user = apiUser(locals);
	const body = await objectBody(request);
	return json({ profile: await putProfile(getDb(), user, params.cluster, body) });
});
