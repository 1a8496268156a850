// PATCH /api/clusters/<cluster>/participants/<id>: changes the fields the body names.
// DELETE (optionally `{leftAt}`, else today): marks the participant as having left; it stays in the
// registry and in the counts of earlier days. Facilitators and admins.
import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { apiUser } from '$lib/server/authz/guard';
import { api, objectBody } from '$lib/server/answer/api';
import { changeParticipant, participantLeaves } from '$lib/server/registry/participants';
import type { RequestHandler } from './$types';

export const PATCH: RequestHandler = api(async ({ locals, params, request }) => {
	const user = apiUser(locals);
	const body = await objectBody(request);
	return json({
		participant: await changeParticipant(getDb(), user, params.cluster, params.participant, body)
	});
});

export const DELETE: RequestHandler = api(async ({ locals, params, request }) => {
	const user = apiUser(locals);
	const body = await objectBody(request, {});
	return json({
		participant: await participantLeaves(getDb(), user, params.cluster, params.participant, body.leftAt)
	});
});
