import { json } from '@sveltejs/kit';
import { viewablePlan } from '$lib/server/plans/access';
import { readPlan } from '$lib/server/plans/document';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
	const { plan, db } = await viewablePlan(locals, params.plan);
	return json(readPlan(db, plan));
};
