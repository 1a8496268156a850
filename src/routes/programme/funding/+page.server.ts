// The programme's funding picture (`?asOf=`): what the clusters ask of each measure against its
// ceiling, and the projects waiting for a measure, grouped by it. Reviewers and admins.
import { getDb } from '$lib/server/db';
import { authorize } from '$lib/server/authz/guard';
import { allClusters } from '$lib/server/clusters';
import { fundingDay } from '$lib/server/funding/day';
import { programmeFundingOf } from '$lib/server/funding/programme-funding';
import { readMeasures } from '$lib/server/measures/store';
import { listProposals } from '$lib/server/measures/proposals';
import { can } from '$lib/server/authz/can';
import { requestLang } from '$lib/server/reader-lang';
import { asOfDay } from '$lib/registry/as-of';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = authorize(event, 'programme.view');
	const db = getDb();
	// A day that is not a date reads as today, as the programme view's own `asOf` does.
	const asOf = asOfDay(event.url.searchParams.get('asOf'), fundingDay(null));
	const [funding, measures, clusters, proposals] = await Promise.all([
		programmeFundingOf(db, user, asOf),
		readMeasures(db),
		allClusters(db, requestLang()),
		listProposals(db, user)
	]);
	return {
		funding,
		measures: measures.map(({ id, name, status, operator }) => ({ id, name, status, operator })),
		clusters: clusters.map(({ id, name }) => ({ id, name })),
		proposals,
		mayPropose: can(user, 'measure.manage')
	};
};
