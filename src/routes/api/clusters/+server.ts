import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { apiUser } from '$lib/server/authz/guard';
import { visibleClusters } from '$lib/server/clusters';
import type { RequestHandler } from './$types';
import { api } from '$lib/server/answer/api';

/** The clusters the caller may see, with their role and plans. */
export const GET: RequestHandler = api(async ({ locals }) =>
	json(await visibleClusters(getDb(), apiUser(locals)))
);
