// The audit log for admins and reviewers: who did what, when, in which cluster; filtered by the query
// string, so a filtered view is a link to share.
import { getDb } from '$lib/server/db';
import { authorize } from '$lib/server/authz/guard';
import { auditChoices, auditCount, auditFilterFrom, auditPage } from '$lib/server/audit/query';
import { requestLang } from '$lib/server/reader-lang';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	authorize(event, 'audit.view');
	const db = getDb();
	const filter = auditFilterFrom(event.url.searchParams);
	return {
		filter,
		page: auditPage(db, filter),
		found: auditCount(db, filter),
		choices: auditChoices(db, requestLang())
	};
};
