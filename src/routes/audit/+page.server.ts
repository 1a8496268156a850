// The audit log for admins and reviewers: who did what, when, in which cluster; filtered by the query
// string, so a filtered view is a link to share.
import { getDb } from '$lib/server/db';
import { authorize } from '$lib/server/authz/guard';
import { auditChoices, auditCount, auditFilterFrom, auditPage } from '$lib/server/audit/query';
import { requestLang } from '$lib/server/reader-lang';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	authorize(event, 'audit.view');
	const db = getDb();
	const filter = auditFilterFrom(event.url.searchParams);
	const [page, found, choices] = await Promise.all([
		auditPage(db, filter),
		auditCount(db, filter),
		auditChoices(db, requestLang())
	]);
	return { filter, page, found, choices };
};
