// The programme report to the ministry from the real server on the demo: for KIDI only, refusing a
// format or a day it cannot read with the field at fault, adding up to the same figures the funding
// and participants APIs give for that day, and saying the same totals in its workbook (read back
// with exceljs) and its PDF (printed by real headless Chromium, read back with pdf.js).
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { ProgrammeReport } from '../../../src/lib/programme/report';
import { demoServer } from '../versions/demo-server';
import { pageText, pdfPages } from '../versions/pdf-text';

const PDF_TIMEOUT = 180_000;

const suite = demoServer();

type Funding = {
	measures: { id: string; asked: number }[];
	blocked: { measureId: string | null; total: number }[];
};
type Participants = { total: number; employees: number; byCluster: { clusterId: string; count: number }[] };

describe('who may read the programme report', () => {
	it('is for reviewers and admins; members are refused and the signed-out asked to sign in', async () => {
		for (const user of ['demo-member', 'demo-facilitator', 'demo-applicant'] as const) {
			const answer = await suite.get('/api/programme/report?year=2019', await suite.token(user));
			expect(answer.status, user).toBe(403);
			expect(answer.body).toMatchObject({ code: 'forbidden' });
		}
		expect((await suite.get('/api/programme/report?year=2019', null)).status).toBe(401);
		for (const user of ['demo-reviewer', 'demo-admin'] as const)
			expect((await suite.get('/api/programme/report?year=2019', await suite.token(user))).status).toBe(200);
	});

	it('refuses a format, a year or a day it cannot read, naming the field', async () => {
		const token = await suite.token('demo-reviewer');
		const cases = [
			['format=docx', 'invalid_format', 'format'],
			['year=19', 'invalid_date', 'year'],
			['asOf=2019-02-30', 'invalid_date', 'asOf']
		] as const;
		for (const [query, code, field] of cases) {
			const answer = await suite.get(`/api/programme/report?${query}`, token);
			expect(answer.status, query).toBe(400);
			expect(answer.body, query).toMatchObject({ code, field });
		}
	});
});

describe('the programme report as JSON', () => {
	it('takes a year as its 31 December and adds up to the funding and participants APIs of that day', async () => {
		const token = await suite.token('demo-reviewer');
		const report = (await suite.get('/api/programme/report?year=2019', token))
			.body as unknown as ProgrammeReport;
		expect(report.asOf).toBe('2019-12-31');
		const funding = (await suite.get('/api/programme/funding?asOf=2019-12-31', token))
			.body as unknown as Funding;
		const people = (await suite.get('/api/programme/participants?asOf=2019-12-31', token))
			.body as unknown as Participants;

		expect(report.participants.total).toBe(people.total);
		expect(report.participants.employees).toBe(people.employees);
		expect(report.clusters.reduce((sum, line) => sum + line.participants, 0)).toBe(people.total);

		// What waits on measures not in force is the funding page's blocked groups, one for one.
		expect(report.measuresMissing.map((group) => [group.measureId, group.total])).toEqual(
			funding.blocked.map((group) => [group.measureId, group.total])
		);
		expect(report.totals.missing).toBe(funding.blocked.reduce((sum, group) => sum + group.total, 0));
		for (const used of report.measuresUsed)
			expect(used.asked, used.measureId).toBe(funding.measures.find((m) => m.id === used.measureId)?.asked);

		const { funding: money, projects, byStatus, indicators } = report.totals;
		expect(money.secured + money.applied + money.planned + money.gap).toBe(money.budget);
		expect(Object.values(byStatus).reduce((sum, n) => sum + n, 0)).toBe(projects);
		expect(indicators.onTrack + indicators.atRisk + indicators.offTrack + indicators.noData).toBe(
			indicators.total
		);
		expect(report.clusters).toHaveLength(6);
		// The pilot call was decided in 2017: it is in the report with its chosen clusters.
		const pilot = report.selection.find((call) => call.callId === 'pilot-clusters-2017');
		expect(pilot?.chosen).toBeGreaterThan(0);
		expect(pilot!.applications).toBeGreaterThanOrEqual(pilot!.scored + pilot!.rejected);
	});

	it('on 1 January 2019 counts the 166 participants the ministry was told of', async () => {
		const token = await suite.token('demo-admin');
		const report = (await suite.get('/api/programme/report?asOf=2019-01-01', token))
			.body as unknown as ProgrammeReport;
		expect(report.asOf).toBe('2019-01-01');
		expect(report.participants.total).toBe(166);
	});
});

/** The report's JSON and a download of it, as the reviewer, in Russian. */
async function both(format: 'xlsx' | 'pdf') {
	const token = await suite.token('demo-reviewer');
	const report = (await suite.get('/api/programme/report?year=2019', token))
		.body as unknown as ProgrammeReport;
	const response = await fetch(`${suite.server.origin}/api/programme/report?year=2019&format=${format}`, {
		headers: { cookie: `session=${token}; PARAGLIDE_LOCALE=ru` }
	});
	return { report, response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

describe('where each plan’s approval stood', () => {
	it('takes the latest review step by the day: none in 2019, the furniture plan approved on 6 April 2023', async () => {
		const token = await suite.token('demo-reviewer');
		const on = async (asOf: string) =>
			((await suite.get(`/api/programme/report?asOf=${asOf}`, token)).body as unknown as ProgrammeReport)
				.clusters;
		expect((await on('2019-12-31')).every((line) => line.decision === null)).toBe(true);
		const furniture = (day: ProgrammeReport['clusters']) =>
			day.find((line) => line.planId === 'furniture-almaty');
		expect(furniture(await on('2023-04-01'))?.decision).toMatchObject({ step: 'submit', version: 1 });
		expect(furniture(await on('2023-04-06'))?.decision).toMatchObject({ step: 'approve', version: 1 });
	});
});

describe('the programme report as a workbook', () => {
	it('has a sheet per section in Russian, with the same totals as numbers', async () => {
		const { report, response, bytes } = await both('xlsx');
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toContain('spreadsheetml');
		expect(response.headers.get('content-disposition')).toContain('programme-report-2019-12-31-ru.xlsx');
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
		expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
			'Сводка',
			'Отбор',
			'Участники',
			'Кластеры',
			'Используемые меры',
			'Недостающие меры'
		]);
		const summary = new Map<string, unknown>();
		workbook.getWorksheet('Сводка')!.eachRow((row, index) => {
			if (index > 1) summary.set(String(row.getCell(1).value), row.getCell(2).value);
		});
		expect(summary.get('Всего участников')).toBe(report.participants.total);
		expect(summary.get('Бюджет')).toBe(report.totals.funding.budget);
		expect(summary.get('Обеспечено')).toBe(report.totals.funding.secured);
		expect(summary.get('Недостающие меры')).toBe(report.totals.missing);

		const clusters = workbook.getWorksheet('Кластеры')!;
		const header = (clusters.getRow(1).values as unknown[]).map(String);
		const last = clusters.getRow(clusters.rowCount);
		expect(last.getCell(1).value).toBe('Итого');
		expect(last.getCell(header.indexOf('Бюджет')).value).toBe(report.totals.funding.budget);
		expect(last.getCell(header.indexOf('Проекты')).value).toBe(report.totals.projects);
		expect(clusters.rowCount).toBe(report.clusters.length + 2);

		const missing = workbook.getWorksheet('Недостающие меры')!;
		let waiting = 0;
		missing.eachRow((row, index) => {
			if (index > 1 && index < missing.rowCount) waiting += Number(row.getCell(5).value);
		});
		expect(waiting).toBe(report.totals.missing);
	});
});

describe('the programme report as a PDF', () => {
	it(
		'is printed in Russian with the total budget and the participants as the report writes them',
		async () => {
			const { report, response, bytes } = await both('pdf');
			expect(response.status).toBe(200);
			expect(response.headers.get('content-type')).toBe('application/pdf');
			const text = (await pdfPages(bytes)).map(pageText).join(' ');
			// Grouping spaces come out of Intl as no-break spaces; pdf.js and pageText make them plain.
			const plain = (value: string) => value.replace(/\s+/g, ' ');
			const tenge = new Intl.NumberFormat('ru-RU', {
				style: 'currency',
				currency: 'KZT',
				currencyDisplay: 'narrowSymbol',
				maximumFractionDigits: 0
			});
			expect(plain(text)).toContain('Отчёт о реализации программы развития кластеров');
			expect(plain(text)).toContain('По состоянию на 31 декабря 2019');
			expect(plain(text)).toContain(plain(tenge.format(report.totals.funding.budget)));
			// pdf.js gives the colon a run of its own.
			const people = plain(new Intl.NumberFormat('ru-RU').format(report.participants.total));
			expect(plain(text)).toContain(`Всего участников : ${people}`);
		},
		PDF_TIMEOUT
	);
});
