// GET /api/plans/<planId>/indicators: definitions with values, yearly figures and status, for the
// coordinators who report from other systems. Approved figures only unless `?unapproved=1`; values
// a page at a time (`?limit=`, `?after=` the previous page's `page.next`).
import { json } from '@sveltejs/kit';
import { viewablePlan } from '$lib/server/plans/access';
import { indicatorsAnswer, indicatorsQuery } from '$lib/server/indicators/indicators-answer';
import type { RequestHandler } from './$types';
import { api } from '$lib/server/answer/api';

export const GET: RequestHandler = api(async ({ locals, params, url }) => {
	const { plan, db } = await viewablePlan(locals, params.plan);
	return json(await indicatorsAnswer(db, plan, indicatorsQuery(url.searchParams), new Date().getFullYear()));
});
