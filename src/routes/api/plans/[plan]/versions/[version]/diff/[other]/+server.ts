// GET /api/plans/<planId>/versions/<a>/diff/<b|live>: what changed from version a to version b or
// to the live plan, grouped by section (see planChanges), with both sides' PlanData.
import { json } from '@sveltejs/kit';
import { refusals } from '$lib/refusal';
import { viewablePlan } from '$lib/server/plans/access';
import { versionChanges } from '$lib/server/versions/diff';
import { versionNumber } from '$lib/server/versions/number';
import type { RequestHandler } from './$types';
import { api } from '$lib/server/answer/api';

export const GET: RequestHandler = api(async ({ locals, params }) => {
	const { plan, db } = await viewablePlan(locals, params.plan);
	const other = params.other === 'live' ? 'live' : versionNumber(params.other);
	const comparison = await versionChanges(db, plan, versionNumber(params.version), other);
	if (!comparison) throw refusals.notFound('Version not found');
	return json(comparison);
});
