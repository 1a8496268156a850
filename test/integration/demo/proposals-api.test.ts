// KIDI's proposals to the ministry through the JSON API on the demo: drafted from the projects that
// wait for a proposed measure, refused for anyone else and for bodies it cannot keep, and exported
// as a workbook (read back with exceljs) and a PDF (printed by real headless Chromium, read back
// with pdf.js) in Russian, with the sums the API gives.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { demoServer } from '../versions/demo-server';
import { pageText, pdfPages } from '../versions/pdf-text';

const suite = demoServer();
const PDF_TIMEOUT = 180_000;

type Group = {
	measureId: string | null;
	projects: { clusterId: string; planId: string; projectId: string; amount: number }[];
	total: number;
};
type Proposal = { measure: { id: string }; projects: { amount: number }[]; clusters: number; total: number };

async function waitingFor(measureId: string, token: string): Promise<Group> {
	const funding = await suite.get('/api/programme/funding', token);
	const group = (funding.body.blocked as Group[]).find((g) => g.measureId === measureId);
	if (!group) throw new Error(`nothing waits for ${measureId}`);
	return group;
}

describe('proposals to the ministry', () => {
	it('are drafted by a reviewer from the projects waiting for a proposed measure, with their sum', async () => {
		const token = await suite.token('demo-reviewer');
		const group = await waitingFor('cluster-infrastructure-cofinancing', token);
		const answer = await suite.post('/api/proposals', token, {
			measureId: 'cluster-infrastructure-cofinancing',
			projects: group.projects.map(({ clusterId, planId, projectId }) => ({ clusterId, planId, projectId })),
			rationale: { ru: 'Общие лаборатории четырёх кластеров не могут начаться без софинансирования.' }
		});
		expect(answer.status).toBe(201);
		const proposal = answer.body.proposal as Proposal;
		expect(proposal.total).toBe(group.total);
		expect(proposal.clusters).toBe(4);
		const list = await suite.get('/api/proposals', token);
		expect((list.body.proposals as Proposal[]).map((p) => [p.measure.id, p.total])).toEqual([
			['cluster-infrastructure-cofinancing', group.total]
		]);
	});

	it('are KIDI’s: members and facilitators can neither draft nor read them', async () => {
		for (const user of ['demo-member', 'demo-facilitator'] as const) {
			const token = await suite.token(user);
			expect((await suite.get('/api/proposals', token)).status, user).toBe(403);
			const post = await suite.post('/api/proposals', token, {
				measureId: 'cluster-joint-project-grant',
				projects: []
			});
			expect(post.status, user).toBe(403);
			expect((await suite.bytes('/api/proposals/export?format=xlsx', token)).status, user).toBe(403);
		}
		expect((await suite.get('/api/proposals', null)).status).toBe(401);
	});

	it('refuse a measure in force or unknown, a project not in its plan, and no project, naming the field', async () => {
		const token = await suite.token('demo-reviewer');
		const lab = { clusterId: 'flour-kostanay', planId: 'flour-kostanay', projectId: 'p-lab' };
		const refused = async (body: unknown) => (await suite.post('/api/proposals', token, body)).body;
		expect(await refused({ measureId: 'damu-interest-subsidy', projects: [lab] })).toMatchObject({
			code: 'measure_in_force',
			field: 'measureId'
		});
		expect(await refused({ measureId: 'no-such-measure', projects: [lab] })).toMatchObject({
			code: 'unknown_measure',
			field: 'measureId'
		});
		expect(
			await refused({
				measureId: 'cluster-joint-project-grant',
				projects: [{ ...lab, clusterId: 'milk-akmola' }]
			})
		).toMatchObject({ code: 'unknown_project', field: 'projects' });
		expect(await refused({ measureId: 'cluster-joint-project-grant', projects: [] })).toMatchObject({
			code: 'required',
			field: 'projects'
		});
		const bad = await suite.bytes('/api/proposals/export?format=docx', token);
		expect(bad.status).toBe(400);
		expect((await suite.get('/api/proposals/export?lang=de', token)).body).toMatchObject({ field: 'lang' });
	});

	it('export as a Russian workbook with the sums the API gives', async () => {
		const token = await suite.token('demo-reviewer');
		const [proposal] = (await suite.get('/api/proposals', token)).body.proposals as Proposal[];
		const file = await suite.bytes('/api/proposals/export?format=xlsx&lang=ru', token);
		expect(file.status).toBe(200);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(file.bytes.buffer as ArrayBuffer);
		const [measures, projects] = workbook.worksheets;
		expect(measures!.name).toBe('Меры');
		const header = (measures!.getRow(1).values as unknown[]).map(String);
		const totalAt = header.indexOf('Итого, ₸');
		expect(totalAt).toBeGreaterThan(0);
		expect(measures!.getRow(2).getCell(totalAt).value).toBe(proposal!.total);
		let sum = 0;
		projects!.eachRow((row, index) => {
			if (index > 1) sum += Number(row.getCell(4).value);
		});
		expect(sum).toBe(proposal!.total);
	});

	it(
		'export as a Russian PDF printed from the proposals’ print page',
		async () => {
			const token = await suite.token('demo-reviewer');
			const [proposal] = (await suite.get('/api/proposals', token)).body.proposals as Proposal[];
			const file = await suite.bytes('/api/proposals/export?format=pdf&lang=ru', token);
			expect(file.status).toBe(200);
			expect(file.type).toBe('application/pdf');
			const text = pageText((await pdfPages(file.bytes)).flat());
			expect(text).toContain('Предложения по мерам государственной поддержки кластеров');
			const tenge = new Intl.NumberFormat('ru', {
				style: 'currency',
				currency: 'KZT',
				currencyDisplay: 'narrowSymbol',
				maximumFractionDigits: 0
			});
			// pdf.js gives the narrow no-break spaces of Russian numbers as plain spaces.
			expect(text.replace(/\s/g, ' ')).toContain(tenge.format(proposal!.total).replace(/\s/g, ' '));
		},
		PDF_TIMEOUT
	);
});
