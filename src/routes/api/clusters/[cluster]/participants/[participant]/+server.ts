// DELETE /api/clusters/<cluster>/participants/<id> (optionally `{leftAt}`, else today): marks the
// participant as having left; it stays in the registry and in the counts of earlier days.
// Facilitators and admins. PATCH on this path is the collab server's (server/collab/
// participant-change.ts): a new name is written into the live plans too.
import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { apiUser } from '$lib/server/authz/guard';
import { api, objectBody } from '$lib/server/answer/api';
import { participantLeaves } from '$lib/server/registry/participants';
import type { RequestHandler } from './$types';

export const DELETE: RequestHandler = api(async ({ locals, params, request }) => {
	const user = apiUser(locals);
	const body = await objectBody(request, {});
	return json({
		participant: await participantLeaves(getDb(), user, params.cluster, params.participant, body.leftAt)
	});
});
