// POST /api/plans/<planId>/indicators/<indicatorId>/values with `{ period, value, note, evidence? }`:
// records one value through the same checks as the monitoring form. 201 with the stored row.
import { json } from '@sveltejs/kit';
import { viewablePlan } from '$lib/server/plans/access';
import { recordValues } from '$lib/server/indicators/values';
import { badBody, refusalsAsJson } from '$lib/server/indicators/respond';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ locals, params, request }) => {
	const { user, plan, db } = await viewablePlan(locals, params.plan);
	const body: unknown = await request.json().catch(() => null);
	if (typeof body !== 'object' || body === null || Array.isArray(body)) return badBody();
	const { period, value, note, evidence } = body as Record<string, unknown>;
	return refusalsAsJson(() => {
		const [row] = recordValues(
			db,
			user,
			plan,
			[{ row: 1, indicator: params.indicator, period, value, note, evidence }],
			'api'
		);
		// An unchanged value adds no row: answer with the value that stands.
		return row ? json(row, { status: 201 }) : json({ unchanged: true }, { status: 200 });
	});
};
