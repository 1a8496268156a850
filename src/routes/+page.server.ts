import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/authz/guard';
import { visibleClusters } from '$lib/server/clusters';
import { reviewQueue } from '$lib/server/versions/review';
import { requestLang } from '$lib/server/reader-lang';
import { applicantHome } from '$lib/server/selection/applicant-home';
import { overdueReports } from '$lib/server/notifications/overdue';
import { serverNow } from '$lib/server/clock';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const reviews = user.globalRole === 'admin' || user.globalRole === 'reviewer';
	// Reviewers see what waits for them; anyone else only when some version does (a cluster reviewer).
	const db = getDb();
	// An applicant holds no cluster until theirs is chosen: their applications and the open calls.
	const [queue, clusters, applicant] = await Promise.all([
		reviewQueue(db, user),
		visibleClusters(db, user, requestLang()),
		user.globalRole === 'applicant' ? applicantHome(db, user) : null
	]);
	// Reports past their day, marked under each plan.
	const overdue = clusters.length
		? await overdueReports(
				db,
				user,
				serverNow(),
				clusters.map((cluster) => cluster.id)
			)
		: [];
	return {
		clusters,
		overdue,
		reviewQueue: reviews || queue.length ? queue : null,
		applicant
	};
};
