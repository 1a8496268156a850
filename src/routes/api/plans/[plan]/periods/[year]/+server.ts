// POST /api/plans/<planId>/periods/<year> with `{ step, comment? }`: submit, withdraw, return,
// approve or reopen a reporting year. 200 with the new state.
import { json } from '@sveltejs/kit';
import { viewablePlan } from '$lib/server/plans/access';
import { stepPeriod } from '$lib/server/indicators/periods';
import { badBody, refusalsAsJson } from '$lib/server/indicators/respond';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ locals, params, request }) => {
	const { user, plan, db } = await viewablePlan(locals, params.plan);
	const body: unknown = await request.json().catch(() => null);
	if (typeof body !== 'object' || body === null || Array.isArray(body)) return badBody();
	const { step, comment } = body as Record<string, unknown>;
	return refusalsAsJson(() =>
		json({
			year: Number(params.year),
			state: stepPeriod(db, user, plan, { year: params.year, step, comment })
		})
	);
};
