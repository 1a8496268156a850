// The programme report's page (`?year=` or `?asOf=`): the day's figures in short and the report's
// two downloads. Reviewers and admins.
import { getDb } from '$lib/server/db';
import { authorize } from '$lib/server/authz/guard';
import { fundingDay } from '$lib/server/funding/day';
import { pageReportDay, programmeReportOf } from '$lib/server/programme/report';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = authorize(event, 'programme.view');
	const today = fundingDay(null);
	const report = await programmeReportOf(getDb(), user, pageReportDay(event.url.searchParams, today));
	// The programme's selection began in 2017: the years a report can be asked for run from there.
	const thisYear = Number(today.slice(0, 4));
	const years = Array.from({ length: Math.max(1, thisYear - 2016) }, (_, index) => 2017 + index);
	return { asOf: report.asOf, participants: report.participants, totals: report.totals, years };
};
