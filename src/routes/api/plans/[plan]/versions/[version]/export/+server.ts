// GET /api/plans/<planId>/versions/<id>/export?format=pdf|xlsx: a version as the print-ready PDF
// report (the print page, printed by headless Chromium with the requester's session and language) or
// as an XLSX workbook of its projects and indicators for people, in the requester's language (programs
// read a version from GET /api/plans/<planId>/versions/<id>). Anyone who may see the plan may export. When the
// server already prints as many PDFs as it takes, it answers 503 `busy` with Retry-After.
import { isRefusal, Refusal, refusals } from '$lib/refusal';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { inGuessedLang, textIn } from '$lib/plan';
import { requestLang } from '$lib/server/reader-lang';
import { viewablePlan } from '$lib/server/plans/access';
import { getCluster } from '$lib/server/clusters';
import { getVersion } from '$lib/server/versions/store';
import { SESSION_COOKIE } from '$lib/server/auth/session';
import { LOCALE_COOKIE } from '$lib/server/auth/cookie';
import { printPdf } from '$lib/server/exports/print-pdf';
import { versionSheets } from '$lib/server/exports/version-sheets';
import { readableWorkbook } from '$lib/server/exports/readable-workbook';
import type { RequestHandler } from './$types';
import { api } from '$lib/server/answer/api';
import { download, XLSX_TYPE } from '$lib/server/exports/download';

export const GET: RequestHandler = api(async ({ locals, params, url, cookies }) => {
	const { plan, db } = await viewablePlan(locals, params.plan);
	const number = /^\d+$/.test(params.version) ? Number(params.version) : NaN;
	const version = await getVersion(db, plan.id, number);
	if (!version) throw refusals.notFound('Version not found');
	const format = url.searchParams.get('format') ?? 'pdf';
	if (format !== 'pdf' && format !== 'xlsx') {
		throw new Refusal(400, 'invalid_format', 'format must be pdf or xlsx', { field: 'format' });
	}
	const name = `${plan.id.replace(/[^\w-]/g, '_')}-v${version.id}`;
	const locale = getLocale();

	if (format === 'xlsx') {
		const cluster = await getCluster(db, plan.clusterId);
		const clusterName = cluster?.name ?? inGuessedLang(plan.clusterId);
		const facts = { ...version, planId: plan.id, clusterName };
		const lang = requestLang();
		const sheets = versionSheets(version.data, facts, lang);
		return download(await readableWorkbook(sheets, lang), XLSX_TYPE, `${name}.xlsx`);
	}

	try {
		const pdf = await printPdf({
			url: `${url.origin}/c/${plan.clusterId}/p/${plan.id}/versions/${version.id}/print`,
			cookies: [
				{ name: SESSION_COOKIE, value: cookies.get(SESSION_COOKIE) ?? '' },
				{ name: LOCALE_COOKIE, value: locale }
			],
			header: `${textIn(version.data.title, requestLang()).text} · v${version.id} ${version.label}`,
			pageOf: m.export_page_of({ page: '{page}', pages: '{pages}' })
		});
		return download(pdf, 'application/pdf', `${name}.pdf`);
	} catch (error) {
		// No Chromium (503 pdf_unavailable) and a full line of prints (503 busy) are refusals as they are.
		if (isRefusal(error)) throw error;
		console.error('Clusterplan: printing a PDF failed', error);
		throw new Refusal(500, 'pdf_failed', 'The PDF could not be made');
	}
});
