// The cluster a page or form names, if the signed-in user may see it. A cluster that does not exist
// and one the user may not see answer the same 404, so cluster ids cannot be probed; whoever is signed
// out goes to sign in first, whichever it is.
import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getDb } from '../db';
import { requireUser } from '../authz/guard';
import { can } from '../authz/can';
import { getCluster } from '.';

type ClusterEvent = { locals: App.Locals; url: URL; params: { cluster: string } };

/** The signed-in user and the cluster the address names, or the 404 an unknown cluster gets. */
export async function viewableCluster(event: ClusterEvent) {
	const user = requireUser(event);
	const cluster = await getCluster(getDb(), event.params.cluster);
	if (!cluster || !can(user, 'cluster.view', { clusterId: cluster.id })) error(404, m.error_not_found());
	return { user, cluster };
}
