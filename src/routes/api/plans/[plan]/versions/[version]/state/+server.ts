// GET /api/plans/<planId>/versions/<id>/state: the version's encoded Yjs state, which the read-only
// view opens as a document of its own.
import { refusals } from '$lib/refusal';
import { viewablePlan } from '$lib/server/plans/access';
import { versionState } from '$lib/server/versions/store';
import { versionNumber } from '$lib/server/versions/number';
import type { RequestHandler } from './$types';
import { api } from '$lib/server/answer/api';

export const GET: RequestHandler = api(async ({ locals, params }) => {
	const { plan, db } = await viewablePlan(locals, params.plan);
	const state = await versionState(db, plan.id, versionNumber(params.version));
	if (!state) throw refusals.notFound('Version not found');
	// A version never changes, so the browser may keep it.
	return new Response(state, {
		headers: {
			'Content-Type': 'application/octet-stream',
			'Cache-Control': 'private, max-age=31536000, immutable'
		}
	});
});
