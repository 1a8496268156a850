// The programme's funding picture, for KIDI's reviewers and admins: what every cluster's plans ask
// of each measure, and the blocked projects grouped by the measure that would unblock them.
import { refusals } from '../../refusal';
import { programmeFunding, type ProgrammeFunding, type ProgrammePlan } from '../../plan';
import type { AppUser } from '../authz/actor';
import { can } from '../authz/can';
import { visibleClusters } from '../clusters';
import type { Db } from '../db';
import { readPlan } from '../plans/document';
import { fundingMeasures } from './measures';

export async function programmeFundingOf(
	db: Db,
	user: AppUser,
	asOf: string
): Promise<ProgrammeFunding & { asOf: string }> {
	if (!can(user, 'programme.view'))
		throw refusals.forbidden('The programme’s funding is for reviewers and admins');
	const plans: ProgrammePlan[] = [];
	for (const cluster of await visibleClusters(db, user))
		for (const plan of cluster.plans)
			plans.push({ clusterId: cluster.id, planId: plan.id, data: await readPlan(db, plan) });
	return { asOf, ...programmeFunding(plans, await fundingMeasures(db), asOf) };
}
