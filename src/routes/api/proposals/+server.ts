// GET /api/proposals: KIDI's proposals to the ministry `{proposals}`, each `{measure, rationale, projects: [{clusterId,
// planId, projectId, cluster, title, amount}], clusters, total, updatedAt}`. POST {measureId, projects,
// rationale}: drafts (or redrafts) the proposal of a measure not in force → 201 `{proposal}`.
import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { apiUser } from '$lib/server/authz/guard';
import { api, objectBody } from '$lib/server/answer/api';
import { serverNow } from '$lib/server/clock';
import { draftProposal, listProposals } from '$lib/server/measures/proposals';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals }) =>
	json({ proposals: await listProposals(getDb(), apiUser(locals)) })
);

export const POST: RequestHandler = api(async ({ locals, request }) => {
	const user = apiUser(locals);
	const proposal = await draftProposal(getDb(), user, await objectBody(request), serverNow());
	return json({ proposal }, { status: 201 });
});
