// GET /api/calls/<id>/ranking/export?format=xlsx|pdf: the ranking and the commission's decision for
// people, in the requester's language (KIDI only, as the ranking): an XLSX workbook of the ranking
// and the decision, or the print page of both printed by headless Chromium with the requester's
// session and language. Programs read GET /api/calls/<id>/ranking.
import { isRefusal, Refusal } from '$lib/refusal';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { textIn } from '$lib/plan';
import { getDb } from '$lib/server/db';
import { apiUser } from '$lib/server/authz/guard';
import { api } from '$lib/server/answer/api';
import { requestLang } from '$lib/server/reader-lang';
import { SESSION_COOKIE } from '$lib/server/auth/session';
import { LOCALE_COOKIE } from '$lib/server/auth/cookie';
import { rankingOf } from '$lib/server/selection/ranking';
import { rankingSheets } from '$lib/server/exports/ranking-sheets';
import { readableWorkbook } from '$lib/server/exports/readable-workbook';
import { printPdf } from '$lib/server/exports/print-pdf';
import type { RequestHandler } from './$types';
import { download, XLSX_TYPE } from '$lib/server/exports/download';

export const GET: RequestHandler = api(async ({ locals, params, url, cookies }) => {
	const user = apiUser(locals);
	const format = url.searchParams.get('format') ?? 'xlsx';
	if (format !== 'pdf' && format !== 'xlsx') {
		throw new Refusal(400, 'invalid_format', 'format must be pdf or xlsx', { field: 'format' });
	}
	// Asked first whatever the format, so a PDF is refused as the ranking is, before any printing.
	const ranking = await rankingOf(getDb(), user, params.call);
	const lang = requestLang();
	const name = `ranking-${ranking.call.id.replace(/[^\w-]/g, '_')}-${lang}`;
	if (format === 'xlsx') {
		return download(await readableWorkbook(rankingSheets(ranking, lang), lang), XLSX_TYPE, `${name}.xlsx`);
	}
	try {
		const pdf = await printPdf({
			url: `${url.origin}/calls/${encodeURIComponent(ranking.call.id)}/ranking/print`,
			cookies: [
				{ name: SESSION_COOKIE, value: cookies.get(SESSION_COOKIE) ?? '' },
				{ name: LOCALE_COOKIE, value: getLocale() }
			],
			header: m.ranking_print_title({ call: textIn(ranking.call.title, lang).text }),
			pageOf: m.export_page_of({ page: '{page}', pages: '{pages}' })
		});
		return download(pdf, 'application/pdf', `${name}.pdf`);
	} catch (error) {
		// No Chromium (503 pdf_unavailable) and a full line of prints (503 busy) are refusals as they are.
		if (isRefusal(error)) throw error;
		console.error('Clusterplan: printing the ranking’s PDF failed', error);
		throw new Refusal(500, 'pdf_failed', 'The PDF could not be made');
	}
});
