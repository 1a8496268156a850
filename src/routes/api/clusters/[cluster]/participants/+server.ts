// GET /api/clusters/<cluster>/participants: the cluster's participants, those who left included.
// POST `{bin, name: {ru, kk, en}, kind, employees, region, locality, stageId, joinedAt, contact,
// inOrganisation}`: adds one (facilitators and admins); 201 `{participant}`, 409 for a BIN the
// cluster already has.
import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { apiUser } from '$lib/server/authz/guard';
import { api, objectBody } from '$lib/server/answer/api';
import { createParticipant, listParticipants } from '$lib/server/registry/participants';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals, params }) =>
	json({ participants: await listParticipants(getDb(), apiUser(locals), params.cluster) })
);

export const POST: RequestHandler = api(async ({ locals, params, request }) => {
	const user = apiUser(locals);
	const body = await objectBody(request);
	const participant = await createParticipant(getDb(), user, params.cluster, body);
	return json({ participant }, { status: 201 });
});
