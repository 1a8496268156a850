// The selection's events reach who acts next, and an applicant hears of the decision only once the
// results are published (before that they may not see it): a call through the real server.
import { beforeAll, describe, expect, it } from 'vitest';
import { selectionServer, type Person } from '../selection/harness';
import { mark, toldSince, whoIn } from './told';

const s = selectionServer();
const { suite } = s;
let kidi: Person;
let applicant: Person;
let evaluators: [Person, Person];
let callId: string;
let applicationId: string;

beforeAll(async () => {
	kidi = await s.kidi();
	applicant = await s.person('applicant');
	evaluators = [await s.person(null, 'evaluator'), await s.person(null, 'evaluator')];
	callId = await s.openCall(
		kidi,
		evaluators.map((each) => each.id)
	);
});

describe('the selection tells', () => {
	it('KIDI’s reviewers of a submitted application, not the evaluators', async () => {
		const since = await mark(suite.db);
		applicationId = await s.apply(callId, applicant, [201, 202]);
		const told = await toldSince(suite.db, since);
		expect(whoIn(told)).toEqual([kidi.id]);
		expect(told[0]).toMatchObject({
			kind: 'application_submitted',
			link: `/calls/${callId}/applications/${applicationId}`,
			detail: { application: { en: 'Cluster 201' } }
		});
	});

	it('each evaluator of the application given to them, once', async () => {
		await s.closeAndScore(callId, kidi);
		await s.admit(callId, applicationId, kidi);
		const since = await mark(suite.db);
		const assigned = await suite.post(`/api/calls/${callId}/assignments`, kidi.token, { perApplication: 2 });
		expect(assigned.status, JSON.stringify(assigned.body)).toBe(200);
		const told = await toldSince(suite.db, since);
		expect(whoIn(told)).toEqual(evaluators.map((each) => each.id).sort());
		expect(told.every((row) => row.kind === 'application_assigned')).toBe(true);
		const again = await mark(suite.db);
		await suite.post(`/api/calls/${callId}/assignments`, kidi.token, { perApplication: 2 });
		expect(await toldSince(suite.db, again)).toEqual([]);
	});

	it('the applicant of the decision only when the results are published', async () => {
		for (const evaluator of evaluators) {
			const sheet = await s.score(callId, applicationId, evaluator, [8, 4]);
			expect(sheet.status, JSON.stringify(sheet.body)).toBe(200);
		}
		const since = await mark(suite.db);
		const decided = await suite.post(`/api/calls/${callId}/decision`, kidi.token, {
			date: '2030-04-20',
			protocol: '7'
		});
		expect(decided.status, JSON.stringify(decided.body)).toBe(200);
		expect(await toldSince(suite.db, since)).toEqual([]);
		const published = await suite.post(`/api/calls/${callId}/state`, kidi.token, { state: 'published' });
		expect(published.status, JSON.stringify(published.body)).toBe(200);
		const told = await toldSince(suite.db, since);
		expect(whoIn(told)).toEqual([applicant.id]);
		expect(told[0]).toMatchObject({
			kind: 'application_decided',
			link: `/calls/${callId}/results`,
			detail: { decision: 'chosen' }
		});
	});
});
