// GET /api/plans/<planId>/versions/<a>/diff/<b|live>: what changed from version a to version b or
// to the live plan, grouped by section (see planChanges), with both sides' PlanData.
import { error, json } from '@sveltejs/kit';
import { viewablePlan } from '$lib/server/plans/access';
import { versionChanges } from '$lib/server/versions/diff';
import { versionNumber } from '$lib/server/versions/respond';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
	const { plan, db } = await viewablePlan(locals, params.plan);
	const other = params.other === 'live' ? 'live' : versionNumber(params.other);
	const comparison = versionChanges(db, plan, versionNumber(params.version), other);
	if (!comparison) error(404, 'Version not found');
	return json(comparison);
};
