// The selection's JSON API on the real server process (SQLite, or PostgreSQL under test:pg), whose
// clock the test holds: the demo server reads the time from a file, and each step below moves it
// to where the step belongs (before the call opens, while it is open, after its deadline), so
// nothing waits on the wall clock. Applicants and evaluators are accounts made for the file.
import { expect } from 'vitest';
import { binCheckDigit } from '../../../src/lib/registry/bin';
import { createSession } from '../../../src/lib/server/auth/session';
import { createUser } from '../../../src/lib/server/users';
import type { GlobalRole } from '../../../src/lib/roles';
import { demoServer, type Answer } from '../versions/demo-server';

/** The call's window, in Astana time as KIDI writes it, and moments around it. */
export const OPENS_AT = '2030-03-02T09:00:00+05:00';
export const CLOSES_AT = '2030-03-31T18:00:00+05:00';
export const BEFORE_OPENING = '2030-03-01T00:00:00.000Z';
export const WHILE_OPEN = '2030-03-10T12:00:00.000Z';
/** The last moment applications are taken, and the deadline itself (closesAt, in UTC). */
export const JUST_BEFORE_CLOSE = '2030-03-31T12:59:59.999Z';
export const AT_CLOSE = '2030-03-31T13:00:00.000Z';
export const AFTER_CLOSE = '2030-04-01T09:00:00.000Z';

const words = (en: string) => ({ ru: `${en} (ru)`, kk: `${en} (kk)`, en });

/** A call ready to open: two requirements, two criteria (weight 3 on a scale of 10, weight 1 on 5). */
export function callBody(evaluators: string[], change: Record<string, unknown> = {}) {
	return {
		title: words('Selection of cluster initiatives'),
		rules: words('Groups of firms of one region apply before the deadline.'),
		opensAt: OPENS_AT,
		closesAt: CLOSES_AT,
		requirements: [
			{ id: 'memorandum', text: words('A memorandum signed by every member') },
			{ id: 'region', text: words('The firms work in one region') }
		],
		criteria: [
			{
				id: 'potential',
				area: words('Potential'),
				title: words('Critical mass and export'),
				guide: words('0: none; 10: the core of the region’s industry'),
				weight: 3,
				scale: 10
			},
			{
				id: 'coordinator',
				area: words('Management'),
				title: words('The coordinator'),
				guide: words('0: none; 5: an experienced coordinator'),
				weight: 1,
				scale: 5
			}
		],
		passMark: 40,
		seats: 1,
		evaluators,
		...change
	};
}

/** A valid BIN from a serial: registered in May 2012, a resident legal entity. */
export function bin(serial: number): string {
	const first = `120540${String(serial).padStart(5, '0')}`;
	const check = binCheckDigit(first);
	return check === null ? bin(serial + 50_000) : `${first}${check}`;
}

/** An application ready to submit, of two enterprises (BINs from `serials`) on a two-stage chain. */
export function applicationBody(serials: [number, number], change: Record<string, unknown> = {}) {
	const [first, second] = serials.map(bin) as [string, string];
	return {
		name: { ru: `Кластер ${serials[0]}`, kk: `${serials[0]} кластері`, en: `Cluster ${serials[0]}` },
		region: 'Костанайская область',
		sector: 'Пищевая промышленность',
		enterprises: [
			{ bin: first, name: `ТОО «Мельница ${serials[0]}»`, kind: 'sme', employees: 80 },
			{ bin: second, name: `ТОО «Пекарня ${serials[1]}»`, kind: 'large', employees: 320 }
		],
		valueChain: {
			stages: [
				{ id: 'milling', title: 'Мукомольное производство' },
				{ id: 'baking', title: 'Хлебопечение' }
			],
			firms: [
				{ name: `ТОО «Мельница ${serials[0]}»`, stageId: 'milling', bin: first },
				{ name: `ТОО «Пекарня ${serials[1]}»`, stageId: 'baking', bin: second },
				{ name: 'Розничные сети', stageId: 'baking', bin: null }
			]
		},
		coordinator: 'Палата предпринимателей области',
		answers: { potential: 'Экспорт в Узбекистан', coordinator: 'Десять лет в отрасли' },
		...change
	};
}

/** Scores as the API takes them: `[potential, coordinator]`, each with a comment. */
export const scoresOf = ([potential, coordinator]: [number, number]) => [
	{ criterionId: 'potential', score: potential, comment: 'Сильный экспорт' },
	{ criterionId: 'coordinator', score: coordinator, comment: 'Опытный координатор' }
];

/** Holds `answer` to be the one refusal shape, `{error, code, field}`, with this status. */
export function expectRefused(answer: Answer, status: number, code: string, field?: string) {
	expect(answer, JSON.stringify(answer.body)).toMatchObject({ status });
	const body =
		field === undefined ? { error: expect.any(String), code } : { error: expect.any(String), code, field };
	expect(answer.body).toEqual(body);
}

export type Person = { id: string; token: string };

/** A demo server with a clock of the test's own, and the steps of a call through it. */
export function selectionServer() {
	const suite = demoServer({ clock: BEFORE_OPENING });
	let made = 0;
	const self = {
		suite,
		/** A new account made straight in the database, signed in. */
		async person(globalRole: GlobalRole | null, name = globalRole ?? 'consultant'): Promise<Person> {
			const username = `${name}-${++made}`;
			const id = await createUser(suite.db, {
				username,
				displayName: `${name} ${made}`,
				password: 'a long enough password',
				globalRole
			});
			return { id, token: (await createSession(suite.db, id)).token };
		},
		/** A KIDI reviewer of the demo, signed in. */
		async kidi(): Promise<Person> {
			return { id: await suite.userId('demo-reviewer'), token: await suite.token('demo-reviewer') };
		},
		/** A call created and opened before its window, with `evaluators` on its panel; its id. */
		async openCall(kidi: Person, evaluators: string[], change: Record<string, unknown> = {}) {
			suite.setClock(BEFORE_OPENING);
			const created = await suite.post('/api/calls', kidi.token, callBody(evaluators, change));
			expect(created.status, JSON.stringify(created.body)).toBe(201);
			const id = (created.body.call as { id: string }).id;
			const opened = await suite.post(`/api/calls/${id}/state`, kidi.token, { state: 'open' });
			expect(opened.status, JSON.stringify(opened.body)).toBe(200);
			return id;
		},
		/** A draft begun while the call is open; its id. */
		async draft(callId: string, applicant: Person, serials: [number, number]) {
			suite.setClock(WHILE_OPEN);
			const begun = await suite.post(
				`/api/calls/${callId}/applications`,
				applicant.token,
				applicationBody(serials)
			);
			expect(begun.status, JSON.stringify(begun.body)).toBe(201);
			return (begun.body.application as { id: string }).id;
		},
		/** An application begun and submitted while the call is open; its id. */
		async apply(callId: string, applicant: Person, serials: [number, number]) {
			const id = await self.draft(callId, applicant, serials);
			const submitted = await suite.post(`/api/calls/${callId}/applications/${id}/submit`, applicant.token);
			expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
			return id;
		},
		/** Closes the call after its deadline and starts its scoring. */
		async closeAndScore(callId: string, kidi: Person) {
			suite.setClock(AFTER_CLOSE);
			for (const state of ['closed', 'scoring']) {
				const moved = await suite.post(`/api/calls/${callId}/state`, kidi.token, { state });
				expect(moved.status, JSON.stringify(moved.body)).toBe(200);
			}
		},
		/** The formal check with every requirement met. */
		async admit(callId: string, applicationId: string, kidi: Person) {
			const checked = await suite.post(
				`/api/calls/${callId}/applications/${applicationId}/check`,
				kidi.token,
				{
					requirements: [
						{ id: 'memorandum', met: true, reason: '' },
						{ id: 'region', met: true, reason: '' }
					]
				}
			);
			expect(checked.status, JSON.stringify(checked.body)).toBe(200);
		},
		/** An evaluator's sheet: no conflict, and these scores. */
		score(
			callId: string,
			applicationId: string,
			evaluator: Person,
			scores: [number, number]
		): Promise<Answer> {
			return suite.post(`/api/calls/${callId}/applications/${applicationId}/scores`, evaluator.token, {
				conflict: false,
				scores: scoresOf(scores)
			});
		}
	};
	return self;
}
