// GET /api/programme/report?year=YYYY|asOf=YYYY-MM-DD&format=json|xlsx|pdf: the programme report to
// the ministry on that day (a year: its 31 December; neither: today). JSON (the default) for
// programs and tests; XLSX and PDF for people, in the requester's language. Reviewers and admins.
import { json } from '@sveltejs/kit';
import { Refusal } from '$lib/refusal';
import { getDb } from '$lib/server/db';
import { apiUser } from '$lib/server/authz/guard';
import { api } from '$lib/server/answer/api';
import { fundingDay } from '$lib/server/funding/day';
import { programmeReportOf, reportDay } from '$lib/server/programme/report';
import type { RequestHandler } from './$types';

const FORMATS = ['json', 'xlsx', 'pdf'] as const;
type Format = (typeof FORMATS)[number];

export const GET: RequestHandler = api(async ({ locals, url }) => {
	const user = apiUser(locals);
	const format = url.searchParams.get('format') ?? 'json';
	if (!(FORMATS as readonly string[]).includes(format))
		throw new Refusal(400, 'invalid_format', 'format must be json, xlsx or pdf', { field: 'format' });
	const query = url.searchParams;
	const asOf = reportDay(query.get('year'), query.get('asOf'), fundingDay(null));
	// Asked first whatever the format, so a download is refused as the report is.
	const report = await programmeReportOf(getDb(), user, asOf);
	switch (format as Format) {
		default:
			return json(report);
	}
});
