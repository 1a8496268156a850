// Exports of a plan version against the real server process on the demo data: the XLSX workbook
// read back with exceljs, and the PDF report printed by real headless Chromium and read back with
// pdf.js, both compared with the version's own PlanData; and who may download them.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { PlanData } from '../../../src/lib/plan';
import { startServer } from '../collab/harness';
import { demoServer, type DemoUser } from './demo-server';
import { pageText, pdfPages } from './pdf-text';

const FLOUR = 'flour-kostanay';
/** A cluster none of the cluster-bound demo accounts belongs to. */
const CONSTRUCTION = 'construction-karaganda';
const PDF_TIMEOUT = 180_000;

type Download = { status: number; type: string | null; disposition: string | null; bytes: Uint8Array };

describe('exports of a plan version', () => {
	const suite = demoServer();

	async function save(plan: string, label: string, who: DemoUser = 'demo-facilitator'): Promise<number> {
		const res = await suite.post(`/api/plans/${plan}/versions`, await suite.token(who), { label, note: '' });
		expect(res.status).toBe(201);
		return res.body.id as number;
	}

	async function versionData(plan: string, id: number): Promise<PlanData> {
		const res = await suite.get(`/api/plans/${plan}/versions/${id}`, await suite.token('demo-member'));
		expect(res.status).toBe(200);
		return res.body.data as PlanData;
	}

	/** GET the export as `token` (or signed out), in `locale`, without following redirects. */
	async function download(
		plan: string,
		id: number | string,
		format: string,
		token: string | null,
		locale = 'en'
	): Promise<Download> {
		const cookies = [`PARAGLIDE_LOCALE=${locale}`];
		if (token) cookies.push(`session=${token}`);
		const res = await fetch(
			`${suite.server.origin}/api/plans/${plan}/versions/${id}/export?format=${format}`,
			{ headers: { cookie: cookies.join('; ') }, redirect: 'manual' }
		);
		return {
			status: res.status,
			type: res.headers.get('content-type'),
			disposition: res.headers.get('content-disposition'),
			bytes: new Uint8Array(await res.arrayBuffer())
		};
	}

	/** A sheet's rows as objects keyed by its header row. */
	function rowsOf(sheet: ExcelJS.Worksheet): Record<string, unknown>[] {
		const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
		const rows: Record<string, unknown>[] = [];
		sheet.eachRow((row, number) => {
			if (number === 1) return;
			const values = (row.values as unknown[]).slice(1);
			rows.push(Object.fromEntries(header.map((key, index) => [key, values[index] ?? null])));
		});
		return rows;
	}

	it('gives an XLSX workbook whose projects and indicators are the version’s, in the reader’s words', async () => {
		const id = await save(FLOUR, 'For the ministry');
		const data = await versionData(FLOUR, id);
		const file = await download(FLOUR, id, 'xlsx', await suite.token('demo-member'));
		expect(file.status).toBe(200);
		expect(file.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
		expect(file.disposition).toBe(`attachment; filename="${FLOUR}-v${id}.xlsx"`);

		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(file.bytes.buffer as ArrayBuffer);
		expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
			'Projects',
			'Indicators',
			'About this version'
		]);

		const projects = rowsOf(workbook.getWorksheet('Projects')!);
		expect(data.projects.length).toBeGreaterThan(0);
		expect(projects).toHaveLength(data.projects.length);
		const english = data.projects.find((project) => project.title.en !== '')!;
		expect(projects.map((row) => row['Project'])).toContain(english.title.en);
		expect(projects[0]).toMatchObject({ Budget: data.projects[0]!.budget });
		expect(projects.map((row) => row['Status'])).not.toContain('in_progress');

		const indicators = rowsOf(workbook.getWorksheet('Indicators')!);
		expect(indicators.map((row) => row['Code'])).toEqual(data.indicators.map((indicator) => indicator.code));
		const targeted = data.indicators.find((indicator) => Object.keys(indicator.targets).length)!;
		const [year, target] = Object.entries(targeted.targets)[0]!;
		expect(indicators.find((row) => row['Code'] === targeted.code)![`Target ${year}`]).toBe(target);

		const about = Object.fromEntries(
			rowsOf(workbook.getWorksheet('About this version')!).map((row) => [row['Item'], row['Details']])
		);
		expect(about).toMatchObject({
			Version: `v${id}`,
			Label: 'For the ministry',
			'Approval status': 'Draft, not submitted for review'
		});
	});

	it('writes the workbook in Russian for a Russian reader', async () => {
		const id = await save(FLOUR, 'Для министерства');
		const file = await download(FLOUR, id, 'xlsx', await suite.token('demo-member'), 'ru');
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(file.bytes.buffer as ArrayBuffer);
		expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Проекты', 'Индикаторы', 'О версии']);
		const projects = rowsOf(workbook.getWorksheet('Проекты')!);
		expect(Object.keys(projects[0]!)).toContain('Источник финансирования');
		const about = Object.fromEntries(
			rowsOf(workbook.getWorksheet('О версии')!).map((row) => [row['Пункт'], row['Сведения']])
		);
		expect(about['Статус утверждения']).toBe('Черновик, не отправлен на рассмотрение');
	});

	it(
		'gives a PDF report with the plan title and approval on page 1 and every project in its table',
		async () => {
			const id = await save(FLOUR, 'Submitted to KIDI');
			const versions = `/api/plans/${FLOUR}/versions/${id}`;
			const submit = await suite.post(`${versions}/submit`, await suite.token('demo-facilitator'), {
				comment: ''
			});
			expect(submit.status).toBe(200);
			const approve = await suite.post(`${versions}/approve`, await suite.token('demo-reviewer'), {
				comment: 'Ready for the ministry'
			});
			expect(approve.status).toBe(200);
			const data = await versionData(FLOUR, id);

			const file = await download(FLOUR, id, 'pdf', await suite.token('demo-member'));
			expect(file.status).toBe(200);
			expect(file.type).toBe('application/pdf');
			expect(file.disposition).toBe(`attachment; filename="${FLOUR}-v${id}.pdf"`);
			expect(new TextDecoder().decode(file.bytes.slice(0, 5))).toBe('%PDF-');

			const pages = await pdfPages(file.bytes);
			const cover = pageText(pages[0]!);
			expect(cover).toContain(data.title.en);
			expect(cover).toContain('Approved');
			expect(cover).toContain('Ready for the ministry');
			// The project table numbers its rows P1…Pn: each number once, none past the last project.
			const numbers = pages.flat().filter((run) => /^P\d+$/.test(run.trim()));
			expect(numbers).toEqual(data.projects.map((_, index) => `P${index + 1}`));
		},
		PDF_TIMEOUT
	);

	it(
		'prints the PDF in the language of whoever downloads it',
		async () => {
			const id = await save(FLOUR, 'Для министерства');
			const file = await download(FLOUR, id, 'pdf', await suite.token('demo-reviewer'), 'ru');
			expect(file.status).toBe(200);
			const cover = pageText((await pdfPages(file.bytes))[0]!);
			expect(cover).toContain('ПЛАН РАЗВИТИЯ КЛАСТЕРА');
			// The cluster and the plan are named in Russian too.
			expect(cover).toContain('Кластер мукомольной отрасли Костанайской области');
			expect(cover).toContain('Стратегический план развития кластера на 2019–2025 годы');
			expect(cover).toContain('Для министерства');
			expect(cover).toContain('Статус утверждения');
		},
		PDF_TIMEOUT
	);

	it('answers 503 pdf_unavailable on a server without Chromium, and still gives the workbook', async () => {
		const id = await save(FLOUR, 'Without a browser');
		const bare = await startServer(suite.env, { CHROMIUM_PATH: '/nonexistent/chromium' });
		try {
			const url = `${bare.origin}/api/plans/${FLOUR}/versions/${id}/export`;
			const headers = { cookie: `session=${await suite.token('demo-member')}` };
			const pdf = await fetch(`${url}?format=pdf`, { headers });
			expect(pdf.status).toBe(503);
			expect(await pdf.json()).toMatchObject({
				code: 'pdf_unavailable',
				error: expect.stringContaining('/nonexistent/chromium')
			});
			expect((await fetch(`${url}?format=xlsx`, { headers })).status).toBe(200);
		} finally {
			await bare.stop();
		}
	});

	it('refuses a signed-out download with 401 and sends the print page to sign in', async () => {
		expect((await download(FLOUR, 1, 'xlsx', null)).status).toBe(401);
		expect((await download(FLOUR, 1, 'pdf', null)).status).toBe(401);
		const print = await fetch(`${suite.server.origin}/c/${FLOUR}/p/${FLOUR}/versions/1/print`, {
			redirect: 'manual'
		});
		expect(print.status).toBe(303);
		expect(print.headers.get('location')).toMatch(/^\/login\?redirectTo=/);
	});

	it('answers 404 to a member of another cluster, as for a plan that does not exist', async () => {
		const id = await save(CONSTRUCTION, 'Kept by the admin', 'demo-admin');
		const member = await suite.token('demo-member');
		expect((await download(CONSTRUCTION, id, 'xlsx', member)).status).toBe(404);
		expect((await download(CONSTRUCTION, id, 'pdf', member)).status).toBe(404);
		const print = await fetch(
			`${suite.server.origin}/c/${CONSTRUCTION}/p/${CONSTRUCTION}/versions/${id}/print`,
			{ headers: { cookie: `session=${member}` }, redirect: 'manual' }
		);
		// The print page refuses as the plan's own pages do: 404, as for a plan that does not exist, so
		// another cluster's plan ids cannot be told from made-up ones.
		expect(print.status).toBe(404);
		expect((await download(CONSTRUCTION, id, 'xlsx', await suite.token('demo-reviewer'))).status).toBe(200);
	});

	it('answers 404 to a version the plan does not have, and 400 to an unknown format', async () => {
		const member = await suite.token('demo-member');
		const unknown = await download(FLOUR, 999, 'pdf', member);
		expect(unknown.status).toBe(404);
		expect(JSON.parse(new TextDecoder().decode(unknown.bytes))).toMatchObject({ code: 'not_found' });
		expect((await download(FLOUR, 'first', 'xlsx', member)).status).toBe(404);
		expect((await download(FLOUR, 1, 'docx', member)).status).toBe(400);
	});
});
