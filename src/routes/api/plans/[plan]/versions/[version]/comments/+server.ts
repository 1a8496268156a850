// POST /api/plans/<planId>/versions/<id>/comments with `{text, item?, against?}`: a review comment on
// the version or on one item of a diff (`item` = the diff item's key). 201 with the comment.
import { json } from '@sveltejs/kit';
import { viewablePlan } from '$lib/server/plans/access';
import { commentOnVersion } from '$lib/server/versions/review';
import { versionNumber } from '$lib/server/versions/number';
import type { RequestHandler } from './$types';
import { api, objectBody } from '$lib/server/answer/api';

export const POST: RequestHandler = api(async ({ locals, params, request }) => {
	const { user, plan, db } = await viewablePlan(locals, params.plan);
	const number = versionNumber(params.version);
	const body = await objectBody(request);
	const comment = await commentOnVersion(db, user, plan, number, {
		item: body.item,
		text: body.text,
		against: body.against
	});
	return json(comment, { status: 201 });
});
