// GET /api/plans/<id>/funding?asOf=YYYY-MM-DD: the plan's funding picture on that day (today without
// it): `{asOf, total, byYear, byLine, blocked, warnings}`. Whoever may read the plan.
import { json } from '@sveltejs/kit';
import { api } from '$lib/server/answer/api';
import { viewablePlan } from '$lib/server/plans/access';
import { readPlan } from '$lib/server/plans/document';
import { fundingDay } from '$lib/server/funding/day';
import { planFundingOf } from '$lib/server/funding/plan-funding';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals, params, url }) => {
	const { plan, db } = await viewablePlan(locals, params.plan);
	const asOf = fundingDay(url.searchParams.get('asOf'));
	return json(await planFundingOf(db, await readPlan(db, plan), asOf));
});
