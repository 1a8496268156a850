// POST /api/plans/<planId>/versions/<id>/submit | approve | request-changes with `{comment}`:
// a review step; 200 with the version's summary. Facilitators submit, reviewers decide.
import { json } from '@sveltejs/kit';
import { viewablePlan } from '$lib/server/plans/access';
import { stepVersion } from '$lib/server/versions/review';
import { objectBody, versionNumber } from '$lib/server/versions/respond';
import { badBody, refusalsAsJson } from '$lib/server/indicators/respond';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ locals, params, request }) => {
	const { user, plan, db } = await viewablePlan(locals, params.plan);
	const number = versionNumber(params.version);
	// A step needs no body: an empty one is a step without comment.
	const body = await objectBody(request, {});
	if (!body) return badBody();
	const step = params.step.replace('-', '_');
	return refusalsAsJson(() => json(stepVersion(db, user, plan, number, { step, comment: body.comment })));
};
