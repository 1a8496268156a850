// POST /api/plans/<planId>/periods/<year> with `{ step, comment? }`: submit, withdraw, return,
// approve or reopen a reporting year. 200 with the new state.
import { json } from '@sveltejs/kit';
import { viewablePlan } from '$lib/server/plans/access';
import { stepPeriod } from '$lib/server/indicators/periods';
import type { RequestHandler } from './$types';
import { api, objectBody } from '$lib/server/answer/api';

export const POST: RequestHandler = api(async ({ locals, params, request }) => {
	const { user, plan, db } = await viewablePlan(locals, params.plan);
	const { step, comment } = await objectBody(request);
	return json({
		year: Number(params.year),
		state: await stepPeriod(db, user, plan, { year: params.year, step, comment })
	});
});
