import { error, json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { apiUser } from '$lib/server/authz/guard';
import { can } from '$lib/server/authz/can';
import { getPlan } from '$lib/server/plans';
import { readPlan } from '$lib/server/plans/document';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals, params }) => {
	const user = apiUser(locals);
	const plan = getPlan(getDb(), params.plan);
	// Unknown and not-yours look the same, so plan ids cannot be probed.
	if (!plan || !can(user, 'plan.view', { clusterId: plan.clusterId })) error(404, 'Plan not found');
	return json(readPlan(getDb(), plan));
};
