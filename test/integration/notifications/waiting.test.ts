// Who waits on whom against the real server on the demo data: a version submitted waits on KIDI's
// reviewers from the moment of its step; a coordinator sees their own clusters' rows only; those who
// coordinate nothing and review nothing are refused.
import { describe, expect, it } from 'vitest';
import { demoServer } from '../versions/demo-server';

type Step = {
	kind: string;
	clusterId?: string;
	planId?: string;
	title: string;
	link: string;
	since: string;
	days: number;
	waitingOn: { userId: string; name: string }[];
};
type Answer = {
	asOf: string;
	steps: Step[];
	byPerson: { userId: string | null; open: number; steps: Step[] }[];
	byCluster: { clusterId: string | null; open: number; steps: Step[] }[];
	coordinators: { userId: string; open: number; clusters: { clusterId: string; open: number }[] }[];
};

const PLAN = 'flour-kostanay';

describe('GET /api/waiting', () => {
	const suite = demoServer();

	it('shows a submitted version to the reviewer, waiting on the reviewers since its step', async () => {
		const facilitator = await suite.token('demo-facilitator');
		const saved = await suite.post(`/api/plans/${PLAN}/versions`, facilitator, {
			label: 'For KIDI',
			note: ''
		});
		expect(saved.status).toBe(201);
		const number = (saved.body as { id: number }).id;
		const submitted = await suite.post(`/api/plans/${PLAN}/versions/${number}/submit`, facilitator, {});
		expect(submitted.status).toBe(200);
		const at = (submitted.body as { decision: { at: string } }).decision.at;

		const res = await suite.get('/api/waiting', await suite.token('demo-reviewer'));
		expect(res.status).toBe(200);
		const answer = res.body as Answer;
		const row = answer.steps.find((s) => s.kind === 'version_review' && s.planId === PLAN);
		expect(row).toMatchObject({
			clusterId: PLAN,
			title: `v${number} · For KIDI`,
			since: at,
			waitingOn: [{ userId: await suite.userId('demo-reviewer'), name: 'Dana Reviewer (KIDI)' }]
		});
		expect(row!.link).toMatch(new RegExp(`^/c/${PLAN}/p/${PLAN}/versions/`));
		// The reviewer's own group holds it, and the steps run oldest first.
		const mine = answer.byPerson.find((g) => g.userId === row!.waitingOn[0]!.userId);
		expect(mine?.steps.map((s) => s.link)).toContain(row!.link);
		const since = answer.steps.map((s) => s.since);
		expect(since).toEqual(since.toSorted());
		// The demo's other open steps are there too: the tourism version and the flour cluster's
		// 2022 report, both waiting on KIDI.
		expect(
			answer.steps.some((s) => s.kind === 'version_review' && s.planId === 'tourism-almaty-region')
		).toBe(true);
		expect(
			answer.steps.some((s) => s.kind === 'year_approval' && s.planId === PLAN && s.title === '2022')
		).toBe(true);
		expect(answer.byCluster.map((g) => g.clusterId)).toContain(PLAN);
	});

	it('shows a coordinator only the clusters they look after, with their load', async () => {
		const res = await suite.get('/api/waiting', await suite.token('demo-coordinator'));
		expect(res.status).toBe(200);
		const answer = res.body as Answer;
		expect(answer.steps.length).toBeGreaterThan(0);
		const clusters = new Set(answer.steps.map((s) => s.clusterId));
		for (const id of clusters) expect(['flour-kostanay', 'milk-akmola']).toContain(id);
		expect(answer.byCluster.map((g) => g.clusterId).toSorted()).toEqual([...clusters].toSorted());
		// No selection rows: the coordinator neither checks nor scores applications.
		expect(answer.steps.filter((s) => s.kind.startsWith('application_'))).toEqual([]);
		const me = await suite.userId('demo-coordinator');
		const load = answer.coordinators.find((c) => c.userId === me);
		expect(load?.clusters.map((c) => c.clusterId).toSorted()).toEqual(['flour-kostanay', 'milk-akmola']);
		expect(load?.open).toBe(answer.steps.filter((s) => s.waitingOn.some((p) => p.userId === me)).length);
	});

	it('moves a year a reviewer returns from the reviewers to the cluster’s coordinator, since the return', async () => {
		const returned = await suite.post(`/api/plans/${PLAN}/periods/2022`, await suite.token('demo-reviewer'), {
			step: 'return',
			comment: 'The export figures need their evidence'
		});
		expect(returned.status).toBe(200);
		const res = await suite.get('/api/waiting', await suite.token('demo-coordinator'));
		const answer = res.body as Answer;
		const ofYear = answer.steps.filter((s) => s.planId === PLAN && s.title === '2022');
		expect(ofYear.map((s) => s.kind)).toEqual(['year_returned']);
		expect(ofYear[0]!.waitingOn).toEqual([
			{ userId: await suite.userId('demo-coordinator'), name: 'Saule Coordinator' }
		]);
		expect(ofYear[0]!.link).toBe(`/c/${PLAN}/p/${PLAN}/monitoring#year-2022`);
		const { periodSteps } = suite.db.tables;
		const [last] = (await suite.db.select().from(periodSteps))
			.filter((r) => r.planId === PLAN && r.year === 2022)
			.slice(-1);
		expect(ofYear[0]!.since).toBe(last!.at.toISOString());
	});

	it('refuses a member and an applicant 403, and anyone signed out 401', async () => {
		for (const user of ['demo-member', 'demo-applicant', 'demo-facilitator'] as const) {
			const res = await suite.get('/api/waiting', await suite.token(user));
			expect(res.status).toBe(403);
			expect(res.body.code).toBe('forbidden');
		}
		expect((await suite.get('/api/waiting', null)).status).toBe(401);
	});
});
