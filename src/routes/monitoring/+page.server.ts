// The programme view: all clusters' plans side by side, and their participants on a day (`?asOf=`),
// for reviewers and admins.
import { getDb } from '$lib/server/db';
import { authorize } from '$lib/server/authz/guard';
import { can } from '$lib/server/authz/can';
import { allClusters } from '$lib/server/clusters';
import { programmeOverview } from '$lib/server/indicators/programme';
import { requestLang } from '$lib/server/reader-lang';
import { programmeParticipants } from '$lib/server/registry/programme';
import { asOfDay } from '$lib/registry/as-of';
import { overdueReports } from '$lib/server/notifications/overdue';
import { serverNow } from '$lib/server/clock';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = authorize(event, 'monitoring.viewAll');
	const db = getDb();
	const lang = requestLang();
	return {
		programme: await programmeOverview(db, user, new Date().getFullYear(), lang),
		participants: can(user, 'programme.view') ? await participantsOnDay(event.url) : null,
		mayViewFunding: can(user, 'programme.view'),
		overdue: await overdueReports(db, user, serverNow())
	};

	/** Every cluster's participants on the day asked, by cluster name as the reader sees it. */
	async function participantsOnDay(url: URL) {
		const asOf = asOfDay(url.searchParams.get('asOf'));
		const [counts, clusters] = await Promise.all([
			programmeParticipants(db, user, asOf),
			allClusters(db, lang)
		]);
		const counted = new Map(counts.byCluster.map((line) => [line.clusterId, line.count]));
		return {
			asOf: counts.asOf,
			total: counts.total,
			clusters: clusters.map(({ id, name }) => ({ id, name, count: counted.get(id) ?? 0 }))
		};
	}
};
