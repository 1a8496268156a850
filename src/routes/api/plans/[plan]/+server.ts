import { json } from '@sveltejs/kit';
import { viewablePlan } from '$lib/server/plans/access';
import { readPlan } from '$lib/server/plans/document';
import type { RequestHandler } from './$types';
import { api } from '$lib/server/answer/api';

export const GET: RequestHandler = api(async ({ locals, params }) => {
	const { plan, db } = await viewablePlan(locals, params.plan);
	return json(await readPlan(db, plan));
});
