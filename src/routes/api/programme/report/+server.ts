// GET /api/programme/report?year=YYYY|asOf=YYYY-MM-DD&format=json|xlsx|pdf: the programme report to
// the ministry on that day (a year: its 31 December; neither: today). JSON (the default) for
// programs and tests; XLSX and PDF for people, in the requester's language, the PDF printed from
// /programme/report/print by headless Chromium with the requester's session. Reviewers and admins.
import { json } from '@sveltejs/kit';
import { isRefusal, Refusal } from '$lib/refusal';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { dayFormat } from '$lib/locale-format';
import { getDb } from '$lib/server/db';
import { apiUser } from '$lib/server/authz/guard';
import { api } from '$lib/server/answer/api';
import { requestLang } from '$lib/server/reader-lang';
import { SESSION_COOKIE } from '$lib/server/auth/session';
import { LOCALE_COOKIE } from '$lib/server/auth/cookie';
import { fundingDay } from '$lib/server/funding/day';
import { programmeReportOf, reportDay } from '$lib/server/programme/report';
import { programmeReportSheets } from '$lib/server/exports/programme-report-sheets';
import { readableWorkbook } from '$lib/server/exports/readable-workbook';
import { printPdf } from '$lib/server/exports/print-pdf';
import type { RequestHandler } from './$types';
import { download, XLSX_TYPE } from '$lib/server/exports/download';

const FORMATS = ['json', 'xlsx', 'pdf'];

export const GET: RequestHandler = api(async ({ locals, url, cookies }) => {
	const user = apiUser(locals);
	const query = url.searchParams;
	const format = query.get('format') ?? 'json';
	if (!FORMATS.includes(format))
		throw new Refusal(400, 'invalid_format', 'format must be json, xlsx or pdf', { field: 'format' });
	const asOf = reportDay(query.get('year'), query.get('asOf'), fundingDay(null));
	// Asked first whatever the format, so a download is refused as the report is, before any printing.
	const report = await programmeReportOf(getDb(), user, asOf);
	if (format === 'json') return json(report);
	const lang = requestLang();
	const name = `programme-report-${asOf}-${lang}`;
	if (format === 'xlsx')
		return download(
			await readableWorkbook(programmeReportSheets(report, lang), lang),
			XLSX_TYPE,
			`${name}.xlsx`
		);
	try {
		const pdf = await printPdf({
			url: `${url.origin}/programme/report/print?asOf=${asOf}`,
			cookies: [
				{ name: SESSION_COOKIE, value: cookies.get(SESSION_COOKIE) ?? '' },
				{ name: LOCALE_COOKIE, value: getLocale() }
			],
			header: m.progreport_header({ date: dayFormat({ dateStyle: 'long' }, lang)(asOf) }),
			pageOf: m.export_page_of({ page: '{page}', pages: '{pages}' })
		});
		return download(pdf, 'application/pdf', `${name}.pdf`);
	} catch (error) {
		// No Chromium (503 pdf_unavailable) and a full line of prints (503 busy) are refusals as they are.
		if (isRefusal(error)) throw error;
		console.error('Clusterplan: printing the programme report’s PDF failed', error);
		throw new Refusal(500, 'pdf_failed', 'The PDF could not be made');
	}
});
