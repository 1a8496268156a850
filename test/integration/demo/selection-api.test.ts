// The demo's selection as the JSON API serves it from the real server: the 2017 ranking KIDI reads,
// the published results everyone reads, the applicant's own 2017 application, and the call open
// at the seed's clock, which the demo's applicant can apply to at once.
import { describe, expect, it } from 'vitest';
import { demoClusters } from '../../../src/lib/server/demo/clusters';
import { demoServer } from '../versions/demo-server';

const suite = demoServer();
const CALL = '/api/calls/pilot-clusters-2017';
const pilots = demoClusters.map((cluster) => `a2017-${cluster.id}`).sort();

type Row = {
	applicationId: string;
	decision: string | null;
	disputed: boolean;
	passes: boolean;
	total: number;
};

describe('the demo’s 2017 selection through the API', () => {
	it('ranks the six pilot applications best for KIDI, chosen, with three in reserve and a disputed one', async () => {
		const answer = await suite.get(`${CALL}/ranking`, await suite.token('demo-reviewer'));
		expect(answer.status).toBe(200);
		const rows = answer.body as unknown as Row[];
		expect(rows).toHaveLength(18);
		expect(
			rows
				.slice(0, 6)
				.map((row) => row.applicationId)
				.sort()
		).toEqual(pilots);
		expect(rows.slice(0, 6).every((row) => row.decision === 'chosen' && row.passes)).toBe(true);
		expect(rows.slice(6, 9).map((row) => row.decision)).toEqual(['reserve', 'reserve', 'reserve']);
		expect(rows.slice(9).every((row) => row.decision === 'not_chosen')).toBe(true);
		expect(rows.some((row) => row.disputed)).toBe(true);
		const totals = rows.map((row) => row.total);
		expect(totals).toEqual([...totals].sort((a, b) => b - a));
	});

	it('publishes results anyone signed in reads: the chosen are the demo clusters, and three were rejected', async () => {
		const answer = await suite.get(`${CALL}/results`, await suite.token('demo-member'));
		expect(answer.status).toBe(200);
		const results = answer.body.results as { result: string; clusterId: string | null }[];
		expect(results).toHaveLength(21);
		expect(
			results
				.filter((row) => row.result === 'chosen')
				.map((row) => row.clusterId)
				.sort()
		).toEqual(demoClusters.map((cluster) => cluster.id).sort());
		expect(results.filter((row) => row.result === 'rejected')).toHaveLength(3);
		expect(answer.body.decision).toEqual({ date: '2017-08-11', protocol: '3' });
	});

	it('shows the demo’s applicant their own 2017 application and its result, and no one else’s', async () => {
		const token = await suite.token('demo-applicant');
		const call = await suite.get(CALL, token);
		expect(call.status).toBe(200);
		const mine = (call.body.call as { applications: { id: string; state: string }[] }).applications;
		expect(mine.map((application) => application.id)).toEqual(['a2017-tourism-burabay']);
		const own = await suite.get(`${CALL}/applications/a2017-tourism-burabay`, token);
		expect(own.status).toBe(200);
		const application = own.body.application as { state: string; formalCheck: { requirements: unknown[] } };
		expect(['reserve', 'not_chosen']).toContain(application.state);
		expect(application.formalCheck.requirements).toHaveLength(4);
		const other = await suite.get(`${CALL}/applications/a2017-flour-kostanay`, token);
		expect(other.status).toBe(403);
	});

	it('gives each evaluator the eighteen applications that passed the formal check', async () => {
		const call = await suite.get(CALL, await suite.token('demo-evaluator-2'));
		const applications = (call.body.call as { applications: { state: string }[] }).applications;
		expect(applications).toHaveLength(18);
		expect(applications.some((application) => application.state === 'rejected')).toBe(false);
	});

	it('has a call open now, to which the demo’s applicant applies and submits', async () => {
		const token = await suite.token('demo-applicant');
		const calls = await suite.get('/api/calls', token);
		const open = (calls.body.calls as { id: string; state: string }[]).find((call) => call.state === 'open');
		expect(open?.id).toBe('clusters-second-round');
		const call = (await suite.get(`/api/calls/${open!.id}`, token)).body.call as {
			criteria: { id: string }[];
			may: { apply: boolean };
		};
		expect(call.may.apply).toBe(true);
		const begun = await suite.post(`/api/calls/${open!.id}/applications`, token, {
			name: { ru: 'Туристический кластер «Бурабай»', kk: '', en: 'Burabay tourism cluster' },
			region: 'Акмолинская область',
			sector: 'Туризм',
			enterprises: [
				{ bin: '090340789321', name: 'ТОО «Бурабай Резорт»', kind: 'sme', employees: 210 },
				{ bin: '061140371123', name: 'ТОО «Щучинск Тур»', kind: 'sme', employees: 18 }
			],
			valueChain: {
				stages: [{ id: 'stay', title: 'Размещение и питание' }],
				firms: [
					{ name: 'ТОО «Бурабай Резорт»', stageId: 'stay', bin: '090340789321' },
					{ name: 'ТОО «Щучинск Тур»', stageId: 'stay', bin: '061140371123' }
				]
			},
			coordinator: 'Ассоциация туризма «Бурабай»',
			answers: Object.fromEntries(call.criteria.map((criterion) => [criterion.id, 'Ответ группы']))
		});
		expect(begun.status).toBe(201);
		const id = (begun.body.application as { id: string }).id;
		const submitted = await suite.post(`/api/calls/${open!.id}/applications/${id}/submit`, token);
		expect(submitted.status).toBe(200);
		expect((submitted.body.application as { state: string }).state).toBe('submitted');
	});
});
