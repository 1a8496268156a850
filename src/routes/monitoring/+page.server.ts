// The programme view: all clusters' plans side by side, for reviewers and admins.
import { getDb } from '$lib/server/db';
import { authorize } from '$lib/server/authz/guard';
import { programmeOverview } from '$lib/server/indicators/programme';
import { requestLang } from '$lib/server/reader-lang';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = authorize(event, 'monitoring.viewAll');
	return { programme: await programmeOverview(getDb(), user, new Date().getFullYear(), requestLang()) };
};
