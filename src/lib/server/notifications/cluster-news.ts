// Telling a person they were added to a cluster or given another role in it: they hear it once they
// may see the cluster, which the membership just written grants.
import type { Db } from '../db';
import type { ClusterRole } from '../db/schema';
import { can } from '../authz/can';
import { peopleById } from './audience';
import { clusterName } from './about';
import { clusterLink } from './links';
import { notify } from './notify';

export async function tellMembership(
	db: Db,
	by: { id: string; displayName?: string },
	clusterId: string,
	userId: string,
	role: ClusterRole,
	kind: 'member_added' | 'role_changed',
	now: number
): Promise<void> {
	const [person] = await peopleById(db, [userId]);
	const cluster = await clusterName(db, clusterId);
	if (!person || !cluster || !can(person, 'cluster.view', { clusterId })) return;
	await notify(
		db,
		{
			kind,
			actor: { id: by.id, name: by.displayName ?? '' },
			clusterId,
			link: clusterLink(clusterId),
			detail: { cluster, role }
		},
		[userId],
		now
	);
}
