// POST /api/clusters/<cluster>/participants/import, a multipart form with `file` (XLSX or CSV, the
// export's columns in any of the three languages): adds every participant in it, or none (400
// `invalid_rows` naming every refused line). Facilitators and admins.
import { json } from '@sveltejs/kit';
import { api } from '$lib/server/answer/api';
import { uploadedFile } from '$lib/server/answer/uploaded-file';
import { apiUser } from '$lib/server/authz/guard';
import { getDb } from '$lib/server/db';
import { registryOf } from '$lib/server/registry/access';
import { importParticipants } from '$lib/server/registry/import';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = api(async ({ locals, params, request }) => {
	const user = apiUser(locals);
	// The service checks again; this spares reading a file for someone who may not add participants.
	await registryOf(getDb(), user, params.cluster, 'participant.manage');
	const { bytes } = await uploadedFile(request);
	return json(await importParticipants(getDb(), user, params.cluster, bytes), { status: 201 });
});
