// The conflict rule on the real server: an evaluator who declares a conflict of interest leaves the
// application for good (403 conflict_declared on any later word), the least loaded free member of
// the panel takes their place, and they no longer see its scores: a consultant may not read the
// application at all, a KIDI reviewer on the panel reads it without the others' sheets. Nobody
// sees another evaluator's scores before submitting their own.
import { beforeAll, describe, expect, it } from 'vitest';
import { expectRefused, selectionServer, type Person } from './harness';

const s = selectionServer();
const { suite } = s;
let kidi: Person;
let a: Person;
let b: Person;
let c: Person;
let callId: string;
let apps: string[];

type Sheet = { evaluatorId: string; conflict: boolean; scores: Record<string, unknown> };

const application = (id: string, token: string) =>
	suite.get(`/api/calls/${callId}/applications/${id}`, token);
const evaluatorsOf = async (id: string) => {
	const call = (await suite.get(`/api/calls/${callId}`, kidi.token)).body.call as {
		applications: { id: string; evaluators: string[] }[];
	};
	return [...call.applications.find((each) => each.id === id)!.evaluators].sort();
};
const sorted = (...people: Person[]) => people.map((person) => person.id).sort();

beforeAll(async () => {
	kidi = await s.kidi();
	[a, b, c] = [
		await s.person(null, 'evaluator'),
		await s.person(null, 'evaluator'),
		await s.person(null, 'evaluator')
	];
	// KIDI's reviewer sits on the panel too, as in 2017.
	callId = await s.openCall(kidi, [a.id, b.id, c.id, kidi.id]);
	apps = [];
	for (const serials of [
		[1, 2],
		[3, 4],
		[5, 6]
	] as [number, number][]) {
		apps.push(await s.apply(callId, await s.person('applicant'), serials));
	}
	await s.closeAndScore(callId, kidi);
	for (const id of apps) await s.admit(callId, id, kidi);
	const assigned = await suite.post(`/api/calls/${callId}/assignments`, kidi.token, { perApplication: 1 });
	expect(assigned.status).toBe(200);
});

describe('a declared conflict', () => {
	it('spreads one evaluator to each application, in the panel’s order', async () => {
		expect(await evaluatorsOf(apps[0]!)).toEqual([a.id]);
		expect(await evaluatorsOf(apps[1]!)).toEqual([b.id]);
		expect(await evaluatorsOf(apps[2]!)).toEqual([c.id]);
	});

	it('takes a consultant off the application: the least loaded free panel member replaces them, and their word is refused from then on', async () => {
		const declared = await suite.post(`/api/calls/${callId}/applications/${apps[0]}/scores`, a.token, {
			conflict: true
		});
		expect(declared.status).toBe(200);
		expect(declared.body).toMatchObject({
			sheet: { conflict: true, scores: {}, submittedAt: null },
			state: 'eligible'
		});
		// b and c each hold an application; KIDI's reviewer holds none.
		expect(await evaluatorsOf(apps[0]!)).toEqual([kidi.id]);

		expectRefused(await s.score(callId, apps[0]!, a, [8, 4]), 403, 'conflict_declared');
		expectRefused(
			await suite.post(`/api/calls/${callId}/applications/${apps[0]}/scores`, a.token, { conflict: false }),
			403,
			'conflict_declared'
		);
		// Nor can KIDI put them back on it.
		expectRefused(
			await suite.post(`/api/calls/${callId}/assignments`, kidi.token, {
				applicationId: apps[0],
				evaluatorIds: [a.id]
			}),
			400,
			'invalid_value',
			'evaluatorIds.0'
		);
	});

	it('hides the application and its scores from the consultant who declared it', async () => {
		expect((await s.score(callId, apps[0]!, kidi, [7, 3])).status).toBe(200);
		expectRefused(await application(apps[0]!, a.token), 403, 'forbidden');
		const call = (await suite.get(`/api/calls/${callId}`, a.token)).body.call as {
			applications: { id: string }[];
		};
		expect(call.applications.map((each) => each.id)).not.toContain(apps[0]);
	});

	it('leaves a KIDI reviewer on the panel reading the application, but none of the others’ sheets, nor its ranking row', async () => {
		// Give the second application a second evaluator, KIDI's reviewer, who then declares a conflict.
		const assigned = await suite.post(`/api/calls/${callId}/assignments`, kidi.token, {
			applicationId: apps[1],
			evaluatorIds: [b.id, kidi.id]
		});
		expect(assigned.status).toBe(200);
		const declared = await suite.post(`/api/calls/${callId}/applications/${apps[1]}/scores`, kidi.token, {
			conflict: true
		});
		expect(declared.status).toBe(200);
		// a is free of a conflict here and, taken off the first application, the least loaded.
		expect(await evaluatorsOf(apps[1]!)).toEqual(sorted(a, b));

		expect((await s.score(callId, apps[1]!, a, [9, 5])).status).toBe(200);
		expect((await s.score(callId, apps[1]!, b, [5, 2])).status).toBe(200);
		const read = await application(apps[1]!, kidi.token);
		expect(read.status).toBe(200);
		const body = read.body.application as { state: string; sheets: Sheet[] };
		expect(body.state).toBe('scored');
		expect(body.sheets).toEqual([
			expect.objectContaining({ evaluatorId: kidi.id, conflict: true, scores: {} })
		]);

		expect((await s.score(callId, apps[2]!, c, [6, 3])).status).toBe(200);
		const ranking = (await suite.get(`/api/calls/${callId}/ranking`, kidi.token)).body as unknown as {
			applicationId: string;
			total: number | null;
			sheets: Sheet[];
			withheld: boolean;
			evaluators: number;
		}[];
		const withheld = ranking.find((row) => row.applicationId === apps[1])!;
		expect(withheld).toMatchObject({ withheld: true, total: null, sheets: [] });
		// Another KIDI reader, with no conflict, reads the row whole: two sheets count, the conflict's not.
		const admin = await suite.token('demo-admin');
		const whole = (
			(await suite.get(`/api/calls/${callId}/ranking`, admin)).body as unknown as typeof ranking
		).find((row) => row.applicationId === apps[1])!;
		expect(whole).toMatchObject({ withheld: false, total: 70, evaluators: 2 });
		expect(whole.sheets.map((sheet) => sheet.evaluatorId).sort()).toEqual(sorted(a, b));
	});
});

describe('an evaluator', () => {
	it('sees no one else’s scores before submitting their own, and sees them after', async () => {
		const callWith = await s.openCall(kidi, [a.id, b.id]);
		const id = await s.apply(callWith, await s.person('applicant'), [7, 8]);
		await s.closeAndScore(callWith, kidi);
		await s.admit(callWith, id, kidi);
		expect(
			(await suite.post(`/api/calls/${callWith}/assignments`, kidi.token, { perApplication: 2 })).status
		).toBe(200);
		const read = async (who: Person) =>
			(
				(await suite.get(`/api/calls/${callWith}/applications/${id}`, who.token)).body.application as {
					sheets: Sheet[];
				}
			).sheets.map((sheet) => sheet.evaluatorId);

		expect((await s.score(callWith, id, a, [8, 4])).status).toBe(200);
		const declared = await suite.post(`/api/calls/${callWith}/applications/${id}/scores`, b.token, {
			conflict: false
		});
		expect(declared.status).toBe(200);
		expect(await read(b)).toEqual([b.id]);
		// Before b submits, a sees their own sheet alone too: b's is not in.
		expect(await read(a)).toEqual([a.id]);
		expect((await s.score(callWith, id, b, [6, 3])).status).toBe(200);
		expect((await read(b)).sort()).toEqual(sorted(a, b));
		expect((await read(a)).sort()).toEqual(sorted(a, b));
	});
});
