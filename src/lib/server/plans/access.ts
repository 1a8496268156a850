// The plan a request names, if the signed-in user may see it. Unknown and not-yours answer the same
// 404, so plan ids cannot be probed: the API's answer (`viewablePlan`) and the pages' and forms'
// (`viewablePlanPage`, which also wants the plan under the cluster the address names).
import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { refusals } from '$lib/refusal';
import { getDb } from '../db';
import { apiUser, requireUser } from '../authz/guard';
import { can } from '../authz/can';
import type { AppUser } from '../authz/actor';
import { getCluster } from '../clusters';
import { getPlan } from '.';

/** For JSON endpoints: refused 401 when signed out, 404 for a plan unknown or not the caller's to see. */
export async function viewablePlan(locals: App.Locals, planId: string) {
	const user: AppUser = apiUser(locals);
	const plan = await getPlan(getDb(), planId);
	if (!plan || !can(user, 'plan.view', { clusterId: plan.clusterId }))
		throw refusals.notFound('Plan not found');
	return { user, plan, db: getDb() };
}

type PlanEvent = { locals: App.Locals; url: URL; params: { cluster: string; plan: string } };

/**
 * For pages and form actions under /c/<cluster>/p/<plan>: sign in first, then the same 404 for an
 * unknown cluster or plan, a plan reached through another cluster's address, and one the user may not
 * see. Only what may be seen gets as far as the checks of what may be done (403).
 */
export async function viewablePlanPage(event: PlanEvent) {
	const user = requireUser(event);
	const db = getDb();
	const [cluster, plan] = await Promise.all([
		getCluster(db, event.params.cluster),
		getPlan(db, event.params.plan)
	]);
	if (
		!cluster ||
		!plan ||
		plan.clusterId !== cluster.id ||
		!can(user, 'plan.view', { clusterId: cluster.id })
	)
		error(404, m.error_not_found());
	return { user, cluster, plan };
}
