import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/authz/guard';
import { visibleClusters } from '$lib/server/clusters';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	return { clusters: visibleClusters(getDb(), user) };
};
