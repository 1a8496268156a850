// GET /api/plans/<planId>/versions: the plan's versions, newest first.
// POST with `{label, note}`: saves the plan as it is now; 201 `{id, version}`.
import { json } from '@sveltejs/kit';
import { viewablePlan } from '$lib/server/plans/access';
import { listVersions, saveVersion } from '$lib/server/versions/store';
import type { RequestHandler } from './$types';
import { api, objectBody } from '$lib/server/answer/api';

export const GET: RequestHandler = api(async ({ locals, params }) => {
	const { plan, db } = await viewablePlan(locals, params.plan);
	return json({ versions: await listVersions(db, plan.id) });
});

export const POST: RequestHandler = api(async ({ locals, params, request }) => {
	const { user, plan, db } = await viewablePlan(locals, params.plan);
	const body = await objectBody(request);
	const version = await saveVersion(db, user, plan, { label: body.label, note: body.note });
	return json({ id: version.id, version }, { status: 201 });
});
