// The print page of the programme report: what the PDF export prints, rendered on the server only,
// for reviewers and admins, on the day the export asks for (`?asOf=`, or `?year=`).
import { getDb } from '$lib/server/db';
import { authorize } from '$lib/server/authz/guard';
import { fundingDay } from '$lib/server/funding/day';
import { pageReportDay, programmeReportOf } from '$lib/server/programme/report';
import type { PageServerLoad } from './$types';

// Printed without waiting for any script: the page is complete as the server sends it.
export const csr = false;

export const load: PageServerLoad = async (event) => {
	const user = authorize(event, 'programme.view');
	const asOf = pageReportDay(event.url.searchParams, fundingDay(null));
	return { report: await programmeReportOf(getDb(), user, asOf) };
};
