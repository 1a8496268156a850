// Who may read or keep a cluster's registry: the cluster must exist and be one the person sees (else
// 404, so cluster ids cannot be probed), and keeping it needs its own action (else 403).
import { refusals } from '../../refusal';
import type { AppUser } from '../authz/actor';
import { can, type ClusterAction } from '../authz/can';
import { getCluster } from '../clusters';
import type { Db } from '../db';

/** Resolves when `user` may see cluster `clusterId` and, if named, take `action` in it. */
export async function registryOf(
	db: Db,
	user: AppUser,
	clusterId: string,
	action?: ClusterAction
): Promise<void> {
	if (!can(user, 'cluster.view', { clusterId }) || !(await getCluster(db, clusterId)))
		throw refusals.notFound('No such cluster');
	if (action && !can(user, action, { clusterId }))
		throw refusals.forbidden('Only the cluster’s facilitators and admins keep its registry');
}
