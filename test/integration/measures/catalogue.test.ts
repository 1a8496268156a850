// The catalogue of support measures through the real server's JSON API (SQLite, or PostgreSQL
// under test:pg): everyone signed in reads the demo's dozen, KIDI's reviewers and admins add and
// change measures, and every refusal comes in the one shape `{error, code, field}`.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Measure } from '../../../src/lib/measures/measure';
import { demoServer } from '../versions/demo-server';
import { expectRefused } from '../selection/harness';

const suite = demoServer();
const tokens: Record<'member' | 'applicant' | 'reviewer' | 'admin' | 'facilitator', string> = {
	member: '',
	applicant: '',
	reviewer: '',
	admin: '',
	facilitator: ''
};

beforeAll(async () => {
	tokens.member = await suite.token('demo-member');
	tokens.applicant = await suite.token('demo-applicant');
	tokens.reviewer = await suite.token('demo-reviewer');
	tokens.admin = await suite.token('demo-admin');
	tokens.facilitator = await suite.token('demo-facilitator');
});

const words = (en: string) => ({ ru: `${en} (ru)`, kk: `${en} (kk)`, en });

const newMeasure = (change: Record<string, unknown> = {}) => ({
	name: words('Cluster export grant'),
	operator: words('Ministry of Trade'),
	instrument: 'grant',
	recipients: words('Cluster firms that export'),
	maxPerProject: 150_000_000,
	ownShare: 25,
	legalAct: words('Entrepreneurship Code'),
	legalArticle: 'art. 247',
	inForceFrom: '2024-01-01',
	inForceTo: '2026-12-31',
	status: 'in_force',
	...change
});

async function listed(token: string): Promise<Measure[]> {
	const answer = await suite.get('/api/measures', token);
	expect(answer.status, JSON.stringify(answer.body)).toBe(200);
	return answer.body.measures as Measure[];
}

const DEMO_IDS = [
	'damu-interest-subsidy',
	'damu-loan-guarantee',
	'industry-service-support',
	'innovation-grant',
	'export-insurance',
	'agro-investment-subsidy',
	'export-promotion-reimbursement',
	'sez-tax-relief',
	'cluster-organisation-cofinancing',
	'cluster-training-service',
	'cluster-joint-project-grant',
	'cluster-infrastructure-cofinancing'
];

describe('reading the catalogue', () => {
	it('lists the demo’s twelve measures to a cluster member and to an applicant alike', async () => {
		for (const token of [tokens.member, tokens.applicant]) {
			const measures = await listed(token);
			expect(measures.map((measure) => measure.id).sort()).toEqual([...DEMO_IDS].sort());
		}
	});

	it('gives one measure with its texts in three languages, its numbers and its term', async () => {
		const answer = await suite.get('/api/measures/damu-loan-guarantee', tokens.member);
		expect(answer.status).toBe(200);
		const measure = answer.body.measure as Measure;
		expect(measure).toMatchObject({
			id: 'damu-loan-guarantee',
			instrument: 'loan_guarantee',
			status: 'in_force',
			maxPerProject: 3_000_000_000,
			ownShare: 15,
			inForceTo: null
		});
		expect(measure.operator.ru).toContain('Даму');
		expect(Date.parse(measure.updatedAt)).not.toBeNaN();
	});

	it('answers 404 for a measure the catalogue does not have', async () => {
		expectRefused(await suite.get('/api/measures/no-such-measure', tokens.member), 404, 'not_found');
	});

	it('answers 401 to anyone signed out, reading or writing', async () => {
		expectRefused(await suite.get('/api/measures', null), 401, 'signed_out');
		expectRefused(await suite.get('/api/measures/innovation-grant', null), 401, 'signed_out');
		expectRefused(await suite.post('/api/measures', null, newMeasure()), 401, 'signed_out');
	});
});

describe('keeping the catalogue', () => {
	it('refuses a member, an applicant and a cluster facilitator a new measure or a change (403), and changes nothing', async () => {
		for (const token of [tokens.member, tokens.applicant, tokens.facilitator]) {
			expectRefused(await suite.post('/api/measures', token, newMeasure()), 403, 'forbidden');
			expectRefused(
				await suite.send('PATCH', '/api/measures/innovation-grant', token, { ownShare: 0 }),
				403,
				'forbidden'
			);
		}
		expect(await listed(tokens.member)).toHaveLength(DEMO_IDS.length);
		const grant = await suite.get('/api/measures/innovation-grant', tokens.member);
		expect((grant.body.measure as Measure).ownShare).toBe(20);
	});

	it('lets a KIDI reviewer add a measure (201), its id made from its English name, and audits it', async () => {
		const created = await suite.post('/api/measures', tokens.reviewer, newMeasure());
		expect(created.status, JSON.stringify(created.body)).toBe(201);
		const measure = created.body.measure as Measure;
		expect(measure).toMatchObject({ id: 'cluster-export-grant', maxPerProject: 150_000_000, ownShare: 25 });
		expect((await listed(tokens.applicant)).map((each) => each.id)).toContain('cluster-export-grant');
		expect((await suite.audit('cluster-export-grant')).map((row) => row.action)).toEqual(['measure.create']);
	});

	it('gives a second measure of the same name the next free id', async () => {
		const created = await suite.post('/api/measures', tokens.admin, newMeasure({ status: 'proposed' }));
		expect(created.status, JSON.stringify(created.body)).toBe(201);
		expect((created.body.measure as Measure).id).toBe('cluster-export-grant-2');
	});

	it('takes an id it is given, and refuses one the catalogue has (409 at the id)', async () => {
		const made = await suite.post('/api/measures', tokens.reviewer, newMeasure({ id: 'qaz-export-2030' }));
		expect(made.status, JSON.stringify(made.body)).toBe(201);
		expect((made.body.measure as Measure).id).toBe('qaz-export-2030');
		expectRefused(
			await suite.post('/api/measures', tokens.reviewer, newMeasure({ id: 'damu-loan-guarantee' })),
			409,
			'id_taken',
			'id'
		);
	});

	it('lets a reviewer change some fields, one language of a text, and keep the rest', async () => {
		const patched = await suite.send('PATCH', '/api/measures/cluster-export-grant', tokens.reviewer, {
			name: { kk: 'Кластерлік экспорт гранты' },
			status: 'drafted',
			inForceFrom: null,
			inForceTo: null,
			maxPerProject: null
		});
		expect(patched.status, JSON.stringify(patched.body)).toBe(200);
		const measure = patched.body.measure as Measure;
		expect(measure.name).toEqual({
			ru: 'Cluster export grant (ru)',
			kk: 'Кластерлік экспорт гранты',
			en: 'Cluster export grant'
		});
		expect(measure).toMatchObject({
			status: 'drafted',
			maxPerProject: null,
			ownShare: 25,
			inForceFrom: null
		});
		const read = await suite.get('/api/measures/cluster-export-grant', tokens.member);
		expect(read.body.measure).toEqual(measure);
		expect((await suite.audit('cluster-export-grant')).map((row) => row.action)).toEqual([
			'measure.create',
			'measure.change'
		]);
	});

	it('answers 404 to a change of a measure the catalogue does not have', async () => {
		expectRefused(
			await suite.send('PATCH', '/api/measures/no-such-measure', tokens.reviewer, { ownShare: 1 }),
			404,
			'not_found'
		);
	});
});

describe('a body the catalogue will not take (400, naming the field), and nothing is written', () => {
	const cases: [string, Record<string, unknown>, string, string][] = [
		['a name blank in every language', { name: { ru: '', kk: ' ', en: '' } }, 'required', 'name'],
		['an instrument it does not list', { instrument: 'voucher' }, 'invalid_value', 'instrument'],
		['a status it does not list', { status: 'active' }, 'invalid_value', 'status'],
		['a ceiling below zero', { maxPerProject: -1 }, 'invalid_value', 'maxPerProject'],
		['an own share above 100', { ownShare: 101 }, 'invalid_value', 'ownShare'],
		['a date that is no day', { inForceFrom: '2024-02-30' }, 'invalid_date', 'inForceFrom'],
		['a term that ends before it starts', { inForceTo: '2015-12-31' }, 'date_order', 'inForceTo'],
		['an operator past its bound', { operator: { en: 'x'.repeat(301) } }, 'too_long', 'operator.en'],
		['a field it does not have', { budget: 5 }, 'unknown_field', 'budget']
	];

	for (const [what, change, code, field] of cases) {
		it(`refuses ${what}`, async () => {
			const before = (await listed(tokens.reviewer)).length;
			expectRefused(await suite.post('/api/measures', tokens.reviewer, newMeasure(change)), 400, code, field);
			expectRefused(
				await suite.send('PATCH', '/api/measures/innovation-grant', tokens.reviewer, change),
				400,
				code,
				field
			);
			expect(await listed(tokens.reviewer)).toHaveLength(before);
		});
	}

	it('refuses a body that is no JSON object', async () => {
		expectRefused(await suite.post('/api/measures', tokens.reviewer, '[1, 2]'), 400, 'invalid_body', 'body');
		expectRefused(
			await suite.post('/api/measures', tokens.reviewer, 'not json'),
			400,
			'invalid_body',
			'body'
		);
	});

	it('keeps the measure a refused change was sent for as it was', async () => {
		const grant = await suite.get('/api/measures/innovation-grant', tokens.member);
		expect(grant.body.measure).toMatchObject({ instrument: 'grant', status: 'in_force', ownShare: 20 });
	});
});
