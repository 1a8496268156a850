// POST /api/plans/<planId>/versions/<id>/submit | approve | request-changes with `{comment}`:
// a review step; 200 with the version's summary. Facilitators submit, reviewers decide.
import { json } from '@sveltejs/kit';
import { viewablePlan } from '$lib/server/plans/access';
import { stepVersion } from '$lib/server/versions/review';
import { versionNumber } from '$lib/server/versions/number';
import type { RequestHandler } from './$types';
import { api, objectBody } from '$lib/server/answer/api';

export const POST: RequestHandler = api(async ({ locals, params, request }) => {
	const { user, plan, db } = await viewablePlan(locals, params.plan);
	const number = versionNumber(params.version);
	// A step needs no body: an empty one is a step without comment.
	const body = await objectBody(request, {});
	const step = params.step.replace('-', '_');
	return json(await stepVersion(db, user, plan, number, { step, comment: body.comment }));
});
