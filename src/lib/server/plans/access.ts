// The plan an API request names, if the signed-in user may see it. Unknown and not-yours answer the
// same 404, so plan ids cannot be probed.
import { error } from '@sveltejs/kit';
import { getDb } from '../db';
import { apiUser } from '../authz/guard';
import { can } from '../authz/can';
import type { AppUser } from '../authz/actor';
import { getPlan } from '.';

export function viewablePlan(locals: App.Locals, planId: string) {
	const user: AppUser = apiUser(locals);
	const plan = getPlan(getDb(), planId);
	if (!plan || !can(user, 'plan.view', { clusterId: plan.clusterId })) error(404, 'Plan not found');
	return { user, plan, db: getDb() };
}
