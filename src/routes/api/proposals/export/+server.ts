// GET /api/proposals/export?format=xlsx|pdf&lang=ru|kk|en: KIDI's proposals to the ministry as a
// document in the language asked for (the reader's when none is): an XLSX workbook of the measures
// and the projects they would serve, or their print page printed by headless Chromium.
import { isRefusal, Refusal } from '$lib/refusal';
import { m } from '$lib/paraglide/messages';
import { isLang } from '$lib/plan';
import { getDb } from '$lib/server/db';
import { apiUser } from '$lib/server/authz/guard';
import { api } from '$lib/server/answer/api';
import { requestLang } from '$lib/server/reader-lang';
import { SESSION_COOKIE } from '$lib/server/auth/session';
import { LOCALE_COOKIE } from '$lib/server/auth/cookie';
import { listProposals } from '$lib/server/measures/proposals';
import { proposalSheets } from '$lib/server/exports/proposal-sheets';
import { readableWorkbook } from '$lib/server/exports/readable-workbook';
import { printPdf } from '$lib/server/exports/print-pdf';
import type { RequestHandler } from './$types';
import { download, XLSX_TYPE } from '$lib/server/exports/download';

export const GET: RequestHandler = api(async ({ locals, url, cookies }) => {
	const user = apiUser(locals);
	const format = url.searchParams.get('format') ?? 'xlsx';
	if (format !== 'pdf' && format !== 'xlsx')
		throw new Refusal(400, 'invalid_format', 'format must be pdf or xlsx', { field: 'format' });
	const asked = url.searchParams.get('lang');
	if (asked !== null && !isLang(asked))
		throw new Refusal(400, 'invalid_value', 'lang must be ru, kk or en', { field: 'lang' });
	const lang = asked ?? requestLang();
	// Asked first whatever the format, so a PDF is refused as the list is, before any printing.
	const proposals = await listProposals(getDb(), user);
	const name = `proposals-${lang}`;
	if (format === 'xlsx')
		return download(await readableWorkbook(proposalSheets(proposals, lang), lang), XLSX_TYPE, `${name}.xlsx`);
	try {
		const pdf = await printPdf({
			url: `${url.origin}/programme/proposals/print`,
			cookies: [
				{ name: SESSION_COOKIE, value: cookies.get(SESSION_COOKIE) ?? '' },
				{ name: LOCALE_COOKIE, value: lang }
			],
			header: m.proposals_print_title({}, { locale: lang }),
			pageOf: m.export_page_of({ page: '{page}', pages: '{pages}' }, { locale: lang })
		});
		return download(pdf, 'application/pdf', `${name}.pdf`);
	} catch (error) {
		if (isRefusal(error)) throw error;
		console.error('Clusterplan: printing the proposals’ PDF failed', error);
		throw new Refusal(500, 'pdf_failed', 'The PDF could not be made');
	}
});
