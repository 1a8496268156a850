// GET /api/plans/<planId>/versions/<id>/state: the version's encoded Yjs state, which the read-only
// view opens as a document of its own.
import { error } from '@sveltejs/kit';
import { viewablePlan } from '$lib/server/plans/access';
import { versionState } from '$lib/server/versions/store';
import { versionNumber } from '$lib/server/versions/respond';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
	const { plan, db } = await viewablePlan(locals, params.plan);
	const state = versionState(db, plan.id, versionNumber(params.version));
	if (!state) error(404, 'Version not found');
	// A version never changes, so the browser may keep it.
	return new Response(state, {
		headers: {
			'Content-Type': 'application/octet-stream',
			'Cache-Control': 'private, max-age=31536000, immutable'
		}
	});
};
