// GET /api/plans/<planId>/versions/<id>: the version with its PlanData, review steps and comments.
import { json } from '@sveltejs/kit';
import { refusals } from '$lib/refusal';
import { viewablePlan } from '$lib/server/plans/access';
import { getVersion } from '$lib/server/versions/store';
import { versionNumber } from '$lib/server/versions/number';
import type { RequestHandler } from './$types';
import { api } from '$lib/server/answer/api';

export const GET: RequestHandler = api(async ({ locals, params }) => {
	const { plan, db } = await viewablePlan(locals, params.plan);
	const version = await getVersion(db, plan.id, versionNumber(params.version));
	if (!version) throw refusals.notFound('Version not found');
	return json(version);
});
