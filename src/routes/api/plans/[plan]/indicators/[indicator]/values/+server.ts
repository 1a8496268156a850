// POST /api/plans/<planId>/indicators/<indicatorId>/values with `{ period, value, note, evidence? }`:
// records one value through the same checks as the monitoring form. 201 with the stored row.
import { json } from '@sveltejs/kit';
import { viewablePlan } from '$lib/server/plans/access';
import { recordValues } from '$lib/server/indicators/values';
import type { RequestHandler } from './$types';
import { api, objectBody } from '$lib/server/answer/api';

export const POST: RequestHandler = api(async ({ locals, params, request }) => {
	const { user, plan, db } = await viewablePlan(locals, params.plan);
	const { period, value, note, evidence } = await objectBody(request);
	const [row] = await recordValues(
		db,
		user,
		plan,
		[{ row: 1, indicator: params.indicator, period, value, note, evidence }],
		'api'
	);
	// An unchanged value adds no row: answer with the value that stands.
	return row ? json(row, { status: 201 }) : json({ unchanged: true }, { status: 200 });
});
