// GET /api/programme/participants?asOf=YYYY-MM-DD: the participants of every cluster on that day
// (today without it): `{asOf, total, byCluster: [{clusterId, count}], byKind, employees}`.
// Reviewers and admins.
import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { apiUser } from '$lib/server/authz/guard';
import { api } from '$lib/server/answer/api';
import { programmeParticipants } from '$lib/server/registry/programme';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals, url }) =>
	json(await programmeParticipants(getDb(), apiUser(locals), url.searchParams.get('asOf')))
);
