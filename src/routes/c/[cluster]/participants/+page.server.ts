// The cluster's participants, those who left included (the page filters by day), with the stages of
// its plans' maps to place them in. Writes go through the JSON API.
import { getDb } from '$lib/server/db';
import { can } from '$lib/server/authz/can';
import { viewableCluster } from '$lib/server/clusters/access';
import { listParticipants } from '$lib/server/registry/participants';
import { clusterStages } from '$lib/server/registry/stages';
import { today } from '$lib/registry/as-of';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { user, cluster } = await viewableCluster(event);
	const db = getDb();
	const [participants, stages] = await Promise.all([
		listParticipants(db, user, cluster.id),
		clusterStages(db, cluster.id)
	]);
	return {
		cluster,
		participants,
		stages,
		today: today(),
		mayManage: can(user, 'participant.manage', { clusterId: cluster.id })
	};
};
