// Every refusal of the selection's JSON API, from the real server, in the one shape `{error, code,
// field}`: bodies it will not take (400), no session (401), people who may not act (403), what
// does not exist for the asker (404), and steps the call's state or the server's clock does not
// allow (409). The clock is the test's: a deadline passes when the test says so.
import { beforeAll, describe, expect, it } from 'vitest';
import {
	AFTER_CLOSE,
	AT_CLOSE,
	BEFORE_OPENING,
	callBody,
	applicationBody,
	expectRefused,
	JUST_BEFORE_CLOSE,
	scoresOf,
	selectionServer,
	WHILE_OPEN,
	type Person
} from './harness';

const s = selectionServer();
const { suite } = s;
let kidi: Person;
let applicant: Person;
let another: Person;
let evaluators: Person[];
let outsider: Person;

beforeAll(async () => {
	kidi = await s.kidi();
	applicant = await s.person('applicant');
	another = await s.person('applicant');
	evaluators = [
		await s.person(null, 'evaluator'),
		await s.person(null, 'evaluator'),
		await s.person(null, 'evaluator')
	];
	outsider = await s.person(null, 'consultant');
});

const panel = () => evaluators.map((evaluator) => evaluator.id);
const member = () => suite.token('demo-member');

describe('401: signed out', () => {
	it('is refused every call, application and ranking', async () => {
		expectRefused(await suite.get('/api/calls', null), 401, 'signed_out');
		expectRefused(await suite.post('/api/calls', null, callBody([])), 401, 'signed_out');
		expectRefused(await suite.get('/api/calls/pilot-clusters-2017/ranking', null), 401, 'signed_out');
		expectRefused(
			await suite.post('/api/calls/clusters-second-round/applications', null, applicationBody([1, 2])),
			401,
			'signed_out'
		);
	});
});

describe('a call', () => {
	it('is refused without a title, with bad timestamps, closing before it opens, or with an unknown field (400), and none is made', async () => {
		const before = ((await suite.get('/api/calls', kidi.token)).body.calls as unknown[]).length;
		const create = (body: unknown) => suite.post('/api/calls', kidi.token, body);
		const { title, ...untitled } = callBody(panel());
		void title;
		expectRefused(await create(untitled), 400, 'required', 'title');
		expectRefused(
			await create(callBody(panel(), { title: { ru: ' ', kk: '', en: '' } })),
			400,
			'required',
			'title'
		);
		expectRefused(
			await create(callBody(panel(), { opensAt: '2030-03-02' })),
			400,
			'invalid_timestamp',
			'opensAt'
		);
		expectRefused(
			await create(callBody(panel(), { closesAt: '2030-02-30T18:00:00+05:00' })),
			400,
			'invalid_timestamp',
			'closesAt'
		);
		expectRefused(
			await create(callBody(panel(), { closesAt: '2030-03-31T18:00:00' })),
			400,
			'invalid_timestamp',
			'closesAt'
		);
		expectRefused(
			await create(callBody(panel(), { closesAt: '2030-03-01T18:00:00+05:00' })),
			400,
			'date_order',
			'closesAt'
		);
		expectRefused(await create({ ...callBody(panel()), colour: 'red' }), 400, 'unknown_field', 'colour');
		expect(((await suite.get('/api/calls', kidi.token)).body.calls as unknown[]).length).toBe(before);

		// The same checks on a draft's change.
		const draft = await create(callBody(panel()));
		const id = (draft.body.call as { id: string }).id;
		expectRefused(
			await suite.send('PATCH', `/api/calls/${id}`, kidi.token, { closesAt: '2030-03-01T00:00:00Z' }),
			400,
			'date_order',
			'closesAt'
		);
	});

	it('is created by KIDI only (403 for a member, an applicant, an evaluator)', async () => {
		for (const token of [await member(), applicant.token, evaluators[0]!.token]) {
			expectRefused(await suite.post('/api/calls', token, callBody(panel())), 403, 'forbidden');
		}
	});

	it('is not found when unknown, and its draft is not found by anyone outside KIDI (404)', async () => {
		expectRefused(await suite.get('/api/calls/no-such-call', kidi.token), 404, 'not_found');
		const draft = await suite.post('/api/calls', kidi.token, callBody(panel()));
		const id = (draft.body.call as { id: string }).id;
		for (const token of [applicant.token, await member(), outsider.token]) {
			expectRefused(await suite.get(`/api/calls/${id}`, token), 404, 'not_found');
			expectRefused(
				await suite.post(`/api/calls/${id}/applications`, token, applicationBody([1, 2])),
				404,
				'not_found'
			);
		}
		expect((await suite.get(`/api/calls/${id}`, kidi.token)).status).toBe(200);
		expect(
			((await suite.get('/api/calls', applicant.token)).body.calls as { id: string }[]).map((c) => c.id)
		).not.toContain(id);
	});
});

describe('an application', () => {
	it('is refused with a bad BIN (400), and another applicant may not read or change it (403)', async () => {
		const callId = await s.openCall(kidi, panel());
		suite.setClock(WHILE_OPEN);
		const bad = applicationBody([11, 12]);
		bad.enterprises[0]!.bin = '120540000111';
		const path = `/api/calls/${callId}/applications`;
		expectRefused(await suite.post(path, applicant.token, bad), 400, 'bin_check_digit', 'enterprises.0.bin');
		bad.enterprises[0]!.bin = '12054';
		expectRefused(await suite.post(path, applicant.token, bad), 400, 'bin_wrong_length', 'enterprises.0.bin');

		const id = await s.draft(callId, applicant, [13, 14]);
		const mine = `${path}/${id}`;
		expectRefused(
			await suite.send('PATCH', mine, applicant.token, {
				valueChain: { stages: [], firms: [{ name: 'X', stageId: null, bin: '1234' }] }
			}),
			400,
			'bin_wrong_length',
			'valueChain.firms.0.bin'
		);
		expectRefused(
			await suite.send('PATCH', mine, applicant.token, { colour: 'red' }),
			400,
			'unknown_field',
			'colour'
		);
		expectRefused(await suite.get(mine, another.token), 403, 'forbidden');
		expectRefused(await suite.send('PATCH', mine, another.token, { region: 'Elsewhere' }), 403, 'forbidden');
		expectRefused(await suite.post(`${mine}/submit`, another.token), 403, 'forbidden');
		// A member, a consultant and KIDI do not apply: only applicant accounts do.
		for (const token of [await member(), outsider.token, kidi.token]) {
			expectRefused(await suite.post(path, token, applicationBody([15, 16])), 403, 'forbidden');
		}
		// Its evaluators-to-be do not read it before it is theirs.
		expectRefused(await suite.get(mine, evaluators[0]!.token), 403, 'forbidden');
	});

	it('is not found when unknown, or asked for under another call (404)', async () => {
		const first = await s.openCall(kidi, panel());
		const second = await s.openCall(kidi, panel());
		const id = await s.draft(first, applicant, [21, 22]);
		expectRefused(
			await suite.get(`/api/calls/${first}/applications/no-such-application`, applicant.token),
			404,
			'not_found'
		);
		expectRefused(
			await suite.get(`/api/calls/${second}/applications/${id}`, applicant.token),
			404,
			'not_found'
		);
		expectRefused(await suite.get(`/api/calls/${second}/applications/${id}`, kidi.token), 404, 'not_found');
	});

	it('is submitted only inside the window by the server’s clock, and once (409)', async () => {
		const callId = await s.openCall(kidi, panel());
		const id = await s.draft(callId, applicant, [31, 32]);
		const submit = () => suite.post(`/api/calls/${callId}/applications/${id}/submit`, applicant.token);

		suite.setClock(BEFORE_OPENING);
		expectRefused(await submit(), 409, 'call_not_open');
		suite.setClock(AT_CLOSE);
		expectRefused(await submit(), 409, 'call_not_open');
		expectRefused(
			await suite.post(`/api/calls/${callId}/applications`, another.token, applicationBody([33, 34])),
			409,
			'call_not_open'
		);
		// The call is still open in name: only the clock says the deadline has passed.
		expect(
			((await suite.get(`/api/calls/${callId}`, applicant.token)).body.call as { state: string }).state
		).toBe('open');

		suite.setClock(JUST_BEFORE_CLOSE);
		const submitted = await submit();
		expect(submitted.status).toBe(200);
		expect(submitted.body.application).toMatchObject({ state: 'submitted', submittedAt: JUST_BEFORE_CLOSE });
		expectRefused(await submit(), 409, 'already_submitted');
		expectRefused(
			await suite.send('PATCH', `/api/calls/${callId}/applications/${id}`, applicant.token, {
				region: 'Elsewhere'
			}),
			409,
			'already_submitted'
		);

		// Closing before the deadline would take the last minutes from applicants.
		expectRefused(
			await suite.post(`/api/calls/${callId}/state`, kidi.token, { state: 'closed' }),
			409,
			'not_yet_closed',
			'closesAt'
		);
		suite.setClock(AT_CLOSE);
		expect((await suite.post(`/api/calls/${callId}/state`, kidi.token, { state: 'closed' })).status).toBe(
			200
		);
	});
});

describe('the formal check and scoring', () => {
	let callId: string;
	let first: string;
	let second: string;

	beforeAll(async () => {
		callId = await s.openCall(kidi, panel());
		first = await s.apply(callId, applicant, [41, 42]);
		second = await s.apply(callId, another, [43, 44]);
		suite.setClock(AFTER_CLOSE);
		expect((await suite.post(`/api/calls/${callId}/state`, kidi.token, { state: 'closed' })).status).toBe(
			200
		);
	});

	const check = (id: string, token: string, body: unknown) =>
		suite.post(`/api/calls/${callId}/applications/${id}/check`, token, body);

	it('is refused a verdict missing a requirement, or a failed requirement without a reason (400), and is KIDI’s (403)', async () => {
		expectRefused(
			await check(first, kidi.token, { requirements: [{ id: 'memorandum', met: true, reason: '' }] }),
			400,
			'missing_requirement',
			'requirements'
		);
		expectRefused(
			await check(first, kidi.token, {
				requirements: [
					{ id: 'memorandum', met: false, reason: '  ' },
					{ id: 'region', met: true, reason: '' }
				]
			}),
			400,
			'required',
			'requirements.0.reason'
		);
		expectRefused(
			await check(first, kidi.token, {
				requirements: [
					{ id: 'memorandum', met: true, reason: '' },
					{ id: 'region', met: true, reason: '' },
					{ id: 'charter', met: true, reason: '' }
				]
			}),
			400,
			'unknown_requirement',
			'requirements.2.id'
		);
		const allMet = {
			requirements: [
				{ id: 'memorandum', met: true, reason: '' },
				{ id: 'region', met: true, reason: '' }
			]
		};
		for (const token of [applicant.token, evaluators[0]!.token]) {
			expectRefused(await check(first, token, allMet), 403, 'forbidden');
		}
		// Nothing was checked by the refused verdicts.
		const read = await suite.get(`/api/calls/${callId}/applications/${first}`, kidi.token);
		expect(read.body.application).toMatchObject({ state: 'submitted', formalCheck: null });
	});

	it('refuses scoring and assigning an application before its formal check (409)', async () => {
		expect((await suite.post(`/api/calls/${callId}/state`, kidi.token, { state: 'scoring' })).status).toBe(
			200
		);
		expectRefused(await s.score(callId, first, evaluators[0]!, [8, 4]), 409, 'not_checked');
		expectRefused(
			await suite.post(`/api/calls/${callId}/assignments`, kidi.token, {
				applicationId: first,
				evaluatorIds: [evaluators[0]!.id]
			}),
			409,
			'not_checked'
		);
	});

	it('refuses an evaluator an application not assigned to them (403), and sheets out of scale, missing a score or scoring an unknown criterion (400)', async () => {
		await s.admit(callId, first, kidi);
		await s.admit(callId, second, kidi);
		const [a, b, c] = evaluators as [Person, Person, Person];
		for (const id of [first, second]) {
			const assigned = await suite.post(`/api/calls/${callId}/assignments`, kidi.token, {
				applicationId: id,
				evaluatorIds: [a.id, b.id]
			});
			expect(assigned.status).toBe(200);
		}
		expectRefused(await s.score(callId, first, c, [8, 4]), 403, 'not_assigned');
		expectRefused(await suite.get(`/api/calls/${callId}/applications/${first}`, c.token), 403, 'forbidden');
		// Not on the panel at all.
		expectRefused(await s.score(callId, first, outsider, [8, 4]), 403, 'forbidden');

		const sheet = (scores: unknown, conflict: unknown = false) =>
			suite.post(`/api/calls/${callId}/applications/${first}/scores`, a.token, { conflict, scores });
		expectRefused(await sheet(scoresOf([11, 4])), 400, 'invalid_value', 'scores.potential.score');
		expectRefused(await sheet(scoresOf([8, 6])), 400, 'invalid_value', 'scores.coordinator.score');
		expectRefused(await sheet(scoresOf([-1, 4])), 400, 'invalid_value', 'scores.potential.score');
		expectRefused(await sheet(scoresOf([7.5, 4])), 400, 'invalid_value', 'scores.potential.score');
		expectRefused(await sheet([scoresOf([8, 4])[0]]), 400, 'missing_score', 'scores.coordinator');
		expectRefused(
			await sheet([...scoresOf([8, 4]), { criterionId: 'export', score: 3, comment: 'Нет' }]),
			400,
			'unknown_criterion',
			'scores.export'
		);
		expectRefused(
			await sheet([{ ...scoresOf([8, 4])[0], comment: '' }, scoresOf([8, 4])[1]]),
			400,
			'required',
			'scores.potential.comment'
		);
		expectRefused(await sheet(scoresOf([8, 4]), 'maybe'), 400, 'invalid_value', 'conflict');
		// None of the refused sheets was kept, not even the declaration they began with.
		const read = await suite.get(`/api/calls/${callId}/applications/${first}`, a.token);
		expect(read.body.application).toMatchObject({ sheets: [], state: 'eligible' });

		// A sheet is final.
		expect((await s.score(callId, first, a, [8, 4])).status).toBe(200);
		expectRefused(await s.score(callId, first, a, [9, 5]), 409, 'already_scored');
	});

	it('refuses the decision while an application is not scored by all its evaluators (409)', async () => {
		expectRefused(
			await suite.post(`/api/calls/${callId}/decision`, kidi.token, { date: '2030-04-20', protocol: '7' }),
			409,
			'not_scored'
		);
		expectRefused(
			await suite.post(`/api/calls/${callId}/decision`, applicant.token, {
				date: '2030-04-20',
				protocol: '7'
			}),
			403,
			'forbidden'
		);
		expectRefused(await suite.get(`/api/calls/${callId}/ranking`, evaluators[0]!.token), 403, 'forbidden');
		expectRefused(await suite.get(`/api/calls/${callId}/ranking`, applicant.token), 403, 'forbidden');
	});
});
