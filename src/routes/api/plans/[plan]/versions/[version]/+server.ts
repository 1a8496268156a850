// GET /api/plans/<planId>/versions/<id>: the version with its PlanData, review steps and comments.
import { error, json } from '@sveltejs/kit';
import { viewablePlan } from '$lib/server/plans/access';
import { getVersion } from '$lib/server/versions/store';
import { versionNumber } from '$lib/server/versions/respond';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
	const { plan, db } = await viewablePlan(locals, params.plan);
	const version = getVersion(db, plan.id, versionNumber(params.version));
	if (!version) error(404, 'Version not found');
	return json(version);
};
