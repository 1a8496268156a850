// GET /api/measures: the catalogue of state support measures `{measures}` (anyone signed in). POST:
// a new measure (KIDI's admins and reviewers), `{id?, name, operator, instrument, recipients,
// maxPerProject, ownShare, legalAct, legalArticle, inForceFrom, inForceTo, status}`; 201 `{measure}`.
import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { apiUser } from '$lib/server/authz/guard';
import { api, objectBody } from '$lib/server/answer/api';
import { serverNow } from '$lib/server/clock';
import { createMeasure, listMeasures } from '$lib/server/measures';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals }) =>
	json({ measures: await listMeasures(getDb(), apiUser(locals)) })
);

export const POST: RequestHandler = api(async ({ locals, request }) => {
	const user = apiUser(locals);
	const measure = await createMeasure(getDb(), user, await objectBody(request), serverNow());
	return json({ measure }, { status: 201 });
});
