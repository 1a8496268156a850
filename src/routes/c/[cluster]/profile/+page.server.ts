// The cluster organisation's profile, for everyone who sees the cluster; its facilitators and admins
// also get the people who can be named its programme coordinator. Writes go through the JSON API.
import { getDb } from '$lib/server/db';
import { can } from '$lib/server/authz/can';
import { viewableCluster } from '$lib/server/clusters/access';
import { coordinatorChoices, personName } from '$lib/server/registry/coordinators';
import { profileFor } from '$lib/server/registry/profile';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { user, cluster } = await viewableCluster(event);
	const db = getDb();
	const profile = await profileFor(db, user, cluster.id);
	const mayEdit = can(user, 'profile.edit', { clusterId: cluster.id });
	const [coordinatorName, people] = await Promise.all([
		personName(db, profile.programmeCoordinatorId),
		mayEdit ? coordinatorChoices(db, cluster.id, profile.programmeCoordinatorId) : []
	]);
	return { cluster, profile, coordinatorName, people, mayEdit };
};
