import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/authz/guard';
import { visibleClusters } from '$lib/server/clusters';
import { reviewQueue } from '$lib/server/versions/review';
import { requestLang } from '$lib/server/reader-lang';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const reviews = user.globalRole === 'admin' || user.globalRole === 'reviewer';
	// Reviewers see what waits for them; anyone else only when some version does (a cluster reviewer).
	const db = getDb();
	const [queue, clusters] = await Promise.all([
		reviewQueue(db, user),
		visibleClusters(db, user, requestLang())
	]);
	return {
		clusters,
		reviewQueue: reviews || queue.length ? queue : null
	};
};
