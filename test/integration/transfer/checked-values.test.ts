// A cluster file's indicator values, reporting-year steps and review history are checked by the
// rules the live endpoints use, each refusal naming its place in the file, and nothing is written.
import { beforeAll, describe, expect, it } from 'vitest';
import { updateIndicator } from '../../../src/lib/plan';
import { FLOUR, transferServer } from './fixture';
import { changedState, refusedImport, type ClusterFile, type Json } from './files';

describe('importing a cluster file checks values and steps by the live rules', () => {
	const s = transferServer();
	let file: ClusterFile;
	const copy = (): ClusterFile => structuredClone(file);
	const plan = (f: ClusterFile) => f.plans[0]!;

	beforeAll(async () => {
		file = (await s.get(`/api/clusters/${FLOUR}/export`, 'demo-admin')).json() as ClusterFile;
	});

	it('refuses a value for period Q9-xyz, naming its place, and writes nothing', async () => {
		const bad = copy();
		plan(bad).values[3]!.period = 'Q9-xyz';
		const { status, body } = await refusedImport(s, bad);
		expect(status).toBe(400);
		expect(body).toMatchObject({ code: 'invalid_period', field: 'plans[0].values[3].period' });
		expect(body.error).toMatch(/^plans\[0\]\.values\[3\]\.period: /);
	});

	it('refuses a period that is no period, of a known indicator or of one the plan no longer has', async () => {
		for (const [indicatorId, period] of [
			[undefined, '2019-Q5'],
			['i-gone', 'Q9-xyz']
		] as const) {
			const bad = copy();
			if (indicatorId) plan(bad).values[0]!.indicatorId = indicatorId;
			plan(bad).values[0]!.period = period;
			expect(await refusedImport(s, bad)).toMatchObject({
				status: 400,
				body: {
					code: indicatorId ? 'unknown_indicator' : 'invalid_period',
					field: `plans[0].values[0].${indicatorId ? 'indicatorId' : 'period'}`
				}
			});
		}
	});

	it('keeps the values the live plan leaves behind: of a removed indicator, a computed one, an earlier frequency', async () => {
		const kept = copy();
		const [removed, computed, reported] = plan(kept).values;
		removed!.indicatorId = 'i-gone';
		reported!.period = '2019-Q1'; // recorded while the indicator was quarterly
		const indicatorId = computed!.indicatorId as string;
		plan(kept).document = changedState(plan(kept).document, (doc) =>
			updateIndicator(doc, indicatorId, { formula: 'I5 + I6' })
		);
		const res = await s.importFile('demo-admin', JSON.stringify(kept), { id: 'flour-left-behind' });
		expect(res.status).toBe(201);
		const planId = (res.json() as { planIds: Record<string, string> }).planIds[FLOUR]!;
		const page = await s.get(`/c/flour-left-behind/p/${planId}/monitoring`, 'demo-admin');
		expect(page.status).toBe(200);
	});

	it('refuses a value past the bounds the monitoring form holds it to', async () => {
		const cases: [string, unknown][] = [
			['value', 1e300],
			['value', null],
			['note', 'n'.repeat(2001)],
			['evidence', 'javascript:alert(1)'],
			['via', 'telepathy']
		];
		for (const [field, value] of cases) {
			const bad = copy();
			plan(bad).values[2]![field] = value;
			const { status, body } = await refusedImport(s, bad);
			expect({ status, field: body.field }, `${field}: ${String(value)}`).toEqual({
				status: 400,
				field: `plans[0].values[2].${field}`
			});
		}
	});

	it('refuses a correction that points at a value of another indicator or period', async () => {
		const bad = copy();
		const values = plan(bad).values;
		const other = values.findIndex((v) => v.indicatorId !== values[0]!.indicatorId);
		values[other]!.supersedes = values[0]!.id;
		expect(await refusedImport(s, bad)).toMatchObject({
			status: 400,
			body: { code: 'invalid_field', field: `plans[0].values[${other}].supersedes` }
		});
	});

	it('refuses reporting-year steps no sequence of approvals could have written', async () => {
		// 2019 went record → submit → approve; approving it before it was submitted cannot happen.
		const skipped = copy();
		plan(skipped).periodSteps.splice(1, 1);
		expect(await refusedImport(s, skipped)).toMatchObject({
			status: 400,
			body: { code: 'illegal_step', field: 'plans[0].periodSteps[1].step' }
		});
		const wrongState = copy();
		plan(wrongState).periodSteps[0]!.state = 'approved';
		expect(await refusedImport(s, wrongState)).toMatchObject({
			status: 400,
			body: { code: 'illegal_step', field: 'plans[0].periodSteps[0].state' }
		});
		const noYear = copy();
		plan(noYear).periodSteps[0]!.year = 20_190;
		expect(await refusedImport(s, noYear)).toMatchObject({
			status: 400,
			body: { code: 'invalid_field', field: 'plans[0].periodSteps[0].year' }
		});
	});

	it('refuses review steps and comments the review endpoints would not take', async () => {
		// v1 was submitted, then sent back with a comment.
		const unexplained = copy();
		(plan(unexplained).versions[0]!.steps as Json[])[1]!.comment = '';
		expect(await refusedImport(s, unexplained)).toMatchObject({
			status: 400,
			body: { code: 'invalid_field', field: 'plans[0].versions[0].steps[1].comment' }
		});
		const approvedDraft = copy();
		(plan(approvedDraft).versions[1]!.steps as Json[]).push({
			step: 'approve',
			state: 'approved',
			comment: '',
			user: 'demo-reviewer',
			userName: 'Dana Reviewer (KIDI)',
			at: '2024-01-01T00:00:00.000Z'
		});
		expect(await refusedImport(s, approvedDraft)).toMatchObject({
			status: 400,
			body: { code: 'illegal_step', field: 'plans[0].versions[1].steps[0].step' }
		});
		const longComment = copy();
		(plan(longComment).versions[0]!.comments as Json[])[0]!.text = 'c'.repeat(2001);
		expect(await refusedImport(s, longComment)).toMatchObject({
			status: 400,
			body: { code: 'invalid_field', field: 'plans[0].versions[0].comments[0].text' }
		});
	});

	it('refuses a file holding more plans or values than an import reads, before reading them', async () => {
		const manyPlans = copy();
		manyPlans.plans = Array.from({ length: 21 }, () => plan(manyPlans));
		expect(await refusedImport(s, manyPlans)).toMatchObject({
			status: 400,
			body: { code: 'too_many', field: 'plans' }
		});
		const manyValues = copy();
		const value = plan(manyValues).values[0]!;
		plan(manyValues).values = Array.from({ length: 50_001 }, (_, i) => ({ ...value, id: i + 1 }));
		expect(await refusedImport(s, manyValues)).toMatchObject({
			status: 400,
			body: { code: 'too_many', field: 'plans[0].values' }
		});
	});

	it('still imports the file as it was exported', async () => {
		const res = await s.importFile('demo-admin', JSON.stringify(file), { id: 'flour-checked' });
		expect(res.status, res.text).toBe(201);
		expect(res.json()).toMatchObject({ values: plan(file).values.length });
	});
});
