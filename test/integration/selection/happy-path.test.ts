// A call from its draft to a cluster's workspace on the real server, by the server's clock: KIDI
// writes and opens it, two applicants apply with two enterprises each, the deadline passes, KIDI
// closes it and checks both, two evaluators spread evenly score them, the ranking weighs their
// means, the Commission's decision is recorded and published (the applicants read "submitted" until
// then), and the chosen application becomes a cluster whose registry, members and map come from it.
import { beforeAll, describe, expect, it } from 'vitest';
import {
	AFTER_CLOSE,
	applicationBody,
	bin,
	BEFORE_OPENING,
	callBody,
	expectRefused,
	selectionServer,
	WHILE_OPEN,
	type Person
} from './harness';

const s = selectionServer();
const { suite } = s;
let kidi: Person;
let first: Person;
let second: Person;
let evaluators: [Person, Person];
let callId: string;
let chosen: string;
let reserve: string;

type Row = {
	applicationId: string;
	total: number;
	byCriterion: Record<string, number>;
	spread: number;
	evaluators: number;
	passes: boolean;
	rank: number;
	decision: string | null;
	sheets: { evaluatorId: string }[];
};

const calls = '/api/calls';
const path = (...parts: string[]) => [calls, callId, ...parts].join('/');
const ownState = async (applicant: Person, id: string) =>
	((await suite.get(path('applications', id), applicant.token)).body.application as { state: string }).state;

beforeAll(async () => {
	kidi = await s.kidi();
	first = await s.person('applicant');
	second = await s.person('applicant');
	evaluators = [await s.person(null, 'evaluator'), await s.person(null, 'evaluator')];
});

describe('a call from draft to workspace', () => {
	it('is written as a draft only KIDI sees, and opened before its deadline', async () => {
		suite.setClock(BEFORE_OPENING);
		const created = await suite.post(calls, kidi.token, callBody(evaluators.map((each) => each.id)));
		expect(created.status).toBe(201);
		expect(created.body.call).toMatchObject({
			state: 'draft',
			opensAt: '2030-03-02T04:00:00.000Z',
			closesAt: '2030-03-31T13:00:00.000Z',
			decision: null
		});
		callId = (created.body.call as { id: string }).id;
		expectRefused(await suite.get(path(), first.token), 404, 'not_found');
		const opened = await suite.post(path('state'), kidi.token, { state: 'open' });
		expect(opened.status).toBe(200);
		expect(opened.body.call).toMatchObject({ state: 'open' });
		const read = await suite.get(path(), first.token);
		expect(read.body.call).toMatchObject({
			state: 'open',
			may: { apply: true, manage: false },
			applications: []
		});
	});

	it('takes each applicant’s draft of two enterprises, changed and then submitted while it is open', async () => {
		suite.setClock(WHILE_OPEN);
		const begun = await suite.post(
			path('applications'),
			first.token,
			applicationBody([101, 102], { coordinator: '' })
		);
		expect(begun.status).toBe(201);
		chosen = (begun.body.application as { id: string }).id;
		expect(begun.body.application).toMatchObject({
			state: 'draft',
			submittedAt: null,
			applicantId: first.id
		});
		// A gap is named before the deadline, so it can be filled.
		const early = await suite.post(path('applications', chosen, 'submit'), first.token);
		expect(early).toMatchObject({ status: 400, body: { code: 'required', field: 'coordinator' } });
		const changed = await suite.send('PATCH', path('applications', chosen), first.token, {
			coordinator: 'Палата предпринимателей Костанайской области'
		});
		expect(changed.status).toBe(200);
		const submitted = await suite.post(path('applications', chosen, 'submit'), first.token);
		expect(submitted.body.application).toMatchObject({ state: 'submitted', submittedAt: WHILE_OPEN });
		reserve = await s.apply(callId, second, [103, 104]);
		// Each applicant sees their own application, and only theirs.
		const listed = (await suite.get(path(), first.token)).body.call as { applications: { id: string }[] };
		expect(listed.applications.map((each) => each.id)).toEqual([chosen]);
	});

	it('is closed once the server’s clock passes the deadline, checked, and assigned evenly', async () => {
		suite.setClock(AFTER_CLOSE);
		for (const state of ['closed', 'scoring']) {
			const moved = await suite.post(path('state'), kidi.token, { state });
			expect(moved.body.call).toMatchObject({ state });
		}
		for (const id of [chosen, reserve]) {
			const checked = await suite.post(path('applications', id, 'check'), kidi.token, {
				requirements: [
					{ id: 'memorandum', met: true, reason: '' },
					{ id: 'region', met: true, reason: 'Все предприятия в Костанайской области' }
				]
			});
			expect(checked.body.application).toMatchObject({ state: 'eligible' });
		}
		const assigned = await suite.post(path('assignments'), kidi.token, { perApplication: 2 });
		expect(assigned.status).toBe(200);
		const ids = evaluators.map((each) => each.id).sort();
		const byApplication = assigned.body.assignments as Record<string, string[]>;
		expect([...byApplication[chosen]!].sort()).toEqual(ids);
		expect([...byApplication[reserve]!].sort()).toEqual(ids);
		// The applicant still reads only "submitted".
		expect(await ownState(first, chosen)).toBe('submitted');
	});

	it('ranks the applications by the weighted means of their evaluators’ scores', async () => {
		const [a, b] = evaluators;
		for (const [evaluator, id, scores] of [
			[a, chosen, [8, 4]],
			[b, chosen, [6, 5]],
			[a, reserve, [5, 3]],
			[b, reserve, [4, 2]]
		] as [Person, string, [number, number]][]) {
			const sheet = await s.score(callId, id, evaluator, scores);
			expect(sheet.status, JSON.stringify(sheet.body)).toBe(200);
		}
		const ranking = await suite.get(path('ranking'), kidi.token);
		expect(ranking.status).toBe(200);
		const rows = ranking.body as unknown as Row[];
		// Potential weighs 3 on a scale of 10, the coordinator 1 on a scale of 5:
		// (3 × 7/10 + 1 × 4.5/5) / 4 = 75 %; the evaluators' own totals are 80 and 70.
		expect(rows).toEqual([
			expect.objectContaining({
				applicationId: chosen,
				rank: 1,
				total: 75,
				byCriterion: { potential: 7, coordinator: 4.5 },
				spread: 10,
				evaluators: 2,
				passes: true,
				decision: null
			}),
			expect.objectContaining({
				applicationId: reserve,
				rank: 2,
				total: 46.25,
				byCriterion: { potential: 4.5, coordinator: 2.5 },
				spread: 12.5,
				passes: true,
				decision: null
			})
		]);
		// Each evaluator's sheet is there, once all are in.
		expect(rows[0]!.sheets.map((sheet) => sheet.evaluatorId).sort()).toEqual(
			evaluators.map((e) => e.id).sort()
		);
	});

	it('records the Commission’s decision, which applicants read only once it is published', async () => {
		const decided = await suite.post(path('decision'), kidi.token, { date: '2030-04-20', protocol: '12' });
		expect(decided.status).toBe(200);
		expect(decided.body.decision).toEqual({ date: '2030-04-20', protocol: '12' });
		const decisions = (decided.body.ranking as Row[]).map((row) => [row.applicationId, row.decision]);
		expect(decisions).toEqual([
			[chosen, 'chosen'],
			[reserve, 'reserve']
		]);

		expect(await ownState(first, chosen)).toBe('submitted');
		const before = (await suite.get(path('applications', chosen), first.token)).body.application as Record<
			string,
			unknown
		>;
		expect(before).toMatchObject({ formalCheck: null, call: { decision: null } });
		expectRefused(await suite.get(path('results'), first.token), 403, 'forbidden');

		const published = await suite.post(path('state'), kidi.token, { state: 'published' });
		expect(published.body.call).toMatchObject({ state: 'published' });
		expect(await ownState(first, chosen)).toBe('chosen');
		expect(await ownState(second, reserve)).toBe('reserve');
		const after = (await suite.get(path('applications', chosen), first.token)).body.application as Record<
			string,
			unknown
		>;
		expect(after).toMatchObject({
			formalCheck: {
				requirements: [
					{ id: 'memorandum', met: true },
					{ id: 'region', met: true }
				]
			},
			call: { decision: { date: '2030-04-20', protocol: '12' } }
		});
		const results = await suite.get(path('results'), await suite.token('demo-member'));
		expect(results.status).toBe(200);
		expect(
			(results.body.results as { applicationId: string; result: string }[]).map((row) => row.result)
		).toEqual(['chosen', 'reserve']);
	});

	it('makes the chosen application a cluster: its enterprises in the registry, its applicant a member, a facilitator, and its value chain on the map', async () => {
		const facilitatorId = await suite.userId('demo-facilitator');
		expectRefused(
			await suite.post(path('applications', reserve, 'workspace'), kidi.token, { facilitatorId }),
			409,
			'invalid_state',
			'state'
		);
		expectRefused(
			await suite.post(path('applications', chosen, 'workspace'), first.token, { facilitatorId }),
			403,
			'forbidden'
		);
		const made = await suite.post(path('applications', chosen, 'workspace'), kidi.token, { facilitatorId });
		expect(made.status, JSON.stringify(made.body)).toBe(201);
		const clusterId = made.body.clusterId as string;
		expectRefused(
			await suite.post(path('applications', chosen, 'workspace'), kidi.token, { facilitatorId }),
			409,
			'invalid_state',
			'clusterId'
		);
		const results = (await suite.get(path('results'), first.token)).body.results as {
			clusterId: string | null;
		}[];
		expect(results[0]!.clusterId).toBe(clusterId);

		const facilitator = await suite.token('demo-facilitator');
		const registry = await suite.get(`/api/clusters/${clusterId}/participants`, facilitator);
		expect(registry.status).toBe(200);
		const participants = registry.body.participants as {
			id: string;
			bin: string;
			kind: string;
			employees: number;
		}[];
		expect(participants.map((p) => [p.bin, p.kind, p.employees]).sort()).toEqual(
			[
				[bin(101), 'sme', 80],
				[bin(102), 'large', 320]
			].sort()
		);

		type Visible = { id: string; role: string | null; plans: { id: string }[] };
		const mine = ((await suite.get('/api/clusters', first.token)).body as unknown as Visible[]).find(
			(cluster) => cluster.id === clusterId
		)!;
		expect(mine.role).toBe('member');
		const theirs = ((await suite.get('/api/clusters', facilitator)).body as unknown as Visible[]).find(
			(cluster) => cluster.id === clusterId
		)!;
		expect(theirs.role).toBe('facilitator');

		const plan = await suite.get(`/api/plans/${mine.plans[0]!.id}`, first.token);
		expect(plan.status).toBe(200);
		const data = plan.body as unknown as {
			map: { stages: { id: string; title: { ru: string } }[]; nodes: { actorId: string; stageId: string }[] };
			actors: { id: string; name: { ru: string }; participantId?: string }[];
		};
		expect(data.map.stages.map((stage) => stage.title.ru)).toEqual([
			'Мукомольное производство',
			'Хлебопечение'
		]);
		const stageOf = (name: string) => {
			const actor = data.actors.find((each) => each.name.ru === name)!;
			const node = data.map.nodes.find((each) => each.actorId === actor.id)!;
			return { stage: data.map.stages.find((stage) => stage.id === node.stageId)!.title.ru, actor };
		};
		const mill = stageOf('ТОО «Мельница 101»');
		expect(mill.stage).toBe('Мукомольное производство');
		expect(mill.actor.participantId).toBe(participants.find((p) => p.bin === bin(101))!.id);
		expect(stageOf('ТОО «Пекарня 102»').stage).toBe('Хлебопечение');
		const shops = stageOf('Розничные сети');
		expect(shops.stage).toBe('Хлебопечение');
		expect(shops.actor.participantId).toBeUndefined();
	});
});
