// GET /api/programme/funding?asOf=YYYY-MM-DD: `{asOf, measures: [{id, asked, ceiling, projects,
// overCeiling}], blocked: [{measureId, projects, total}]}` across every cluster. Reviewers and admins.
import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { apiUser } from '$lib/server/authz/guard';
import { api } from '$lib/server/answer/api';
import { fundingDay } from '$lib/server/funding/day';
import { programmeFundingOf } from '$lib/server/funding/programme-funding';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals, url }) => {
	const user = apiUser(locals);
	return json(await programmeFundingOf(getDb(), user, fundingDay(url.searchParams.get('asOf'))));
});
