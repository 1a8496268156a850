// The funding picture as the JSON API serves it from the real server on the demo: a plan's, to
// whoever may read the plan, and the programme's, to KIDI only; each adds up to the plans' own lines.
import { describe, expect, it } from 'vitest';
import type { PlanData } from '../../../src/lib/plan';
import { demoServer } from '../versions/demo-server';

const suite = demoServer();

type Sums = { budget: number; secured: number; applied: number; planned: number; gap: number };
const sum = (rows: Sums[], key: keyof Sums) => rows.reduce((total, row) => total + row[key], 0);

describe('a plan’s funding through the API', () => {
	it('adds up to the plan’s own lines, by year and by strategic line, with the projects that wait', async () => {
		const token = await suite.token('demo-member');
		const plan = (await suite.get('/api/plans/flour-kostanay', token)).body as unknown as PlanData;
		const answer = await suite.get('/api/plans/flour-kostanay/funding?asOf=2019-12-31', token);
		expect(answer.status).toBe(200);
		const { total, byYear, byLine, blocked, asOf } = answer.body as {
			total: Sums;
			byYear: (Sums & { year: number | null })[];
			byLine: (Sums & { lineId: string | null })[];
			blocked: { projectId: string; amount: number; lines: { measureId: string | null }[] }[];
			asOf: string;
		};
		expect(asOf).toBe('2019-12-31');
		const budget = plan.projects.reduce((s, p) => s + p.budget, 0);
		expect(total.budget).toBe(budget);
		expect(total.secured + total.applied + total.planned + total.gap).toBe(budget);
		expect(sum(byYear, 'budget')).toBeCloseTo(budget, 2);
		expect(sum(byLine, 'budget')).toBe(budget);
		// The laboratory rests on shared-infrastructure co-financing, only proposed in 2019.
		const lab = blocked.find((project) => project.projectId === 'p-lab');
		expect(lab).toMatchObject({
			amount: 120_000_000,
			lines: [{ measureId: 'cluster-infrastructure-cofinancing' }]
		});
		// The pasta line's subsidy is in force: it does not wait.
		expect(blocked.some((project) => project.projectId === 'p-pastaline')).toBe(false);
	});

	it('is as unknown as the plan to a member of another cluster, and refuses a day that is not a date', async () => {
		const member = await suite.token('demo-member');
		expect((await suite.get('/api/plans/construction-karaganda/funding', member)).status).toBe(404);
		const bad = await suite.get('/api/plans/flour-kostanay/funding?asOf=2019-02-30', member);
		expect(bad.status).toBe(400);
		expect(bad.body).toMatchObject({ code: 'invalid_date', field: 'asOf' });
		expect((await suite.get('/api/plans/flour-kostanay/funding', null)).status).toBe(401);
	});
});

describe('the programme’s funding through the API', () => {
	it('is for KIDI: members and facilitators are refused', async () => {
		for (const user of ['demo-member', 'demo-facilitator', 'demo-applicant'] as const) {
			const answer = await suite.get('/api/programme/funding', await suite.token(user));
			expect(answer.status, user).toBe(403);
			expect(answer.body).toMatchObject({ code: 'forbidden' });
		}
	});

	it('sums what the six clusters ask of each measure and groups the waiting projects by measure', async () => {
		const answer = await suite.get(
			'/api/programme/funding?asOf=2019-12-31',
			await suite.token('demo-reviewer')
		);
		expect(answer.status).toBe(200);
		const { measures, blocked } = answer.body as {
			measures: { id: string; asked: number; ceiling: number | null }[];
			blocked: {
				measureId: string | null;
				projects: { clusterId: string; amount: number }[];
				total: number;
			}[];
		};
		expect(measures).toHaveLength(12);
		// Four clusters count on the interest subsidy for their loans: 90 + 150 + 50 + 300 million.
		expect(measures.find((m) => m.id === 'damu-interest-subsidy')?.asked).toBe(590_000_000);
		const infrastructure = blocked.find((group) => group.measureId === 'cluster-infrastructure-cofinancing');
		expect(infrastructure?.projects.map((p) => p.clusterId).sort()).toEqual([
			'construction-karaganda',
			'flour-kostanay',
			'furniture-almaty',
			'pharma-south-kazakhstan'
		]);
		expect(infrastructure?.total).toBe(870_000_000);
		for (const group of blocked) expect(group.total).toBe(group.projects.reduce((s, p) => s + p.amount, 0));
		expect(blocked.map((g) => g.total)).toEqual([...blocked.map((g) => g.total)].sort((a, b) => b - a));
	});
});
