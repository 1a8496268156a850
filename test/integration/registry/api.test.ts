// The registry's JSON API on the real server and database (SQLite, or PostgreSQL under test:pg):
// who may read and keep a cluster's participants and its organisation's profile, every refusal in
// the one shape, leaving that keeps the history, and the programme's counts on a date.
import { describe, expect, it } from 'vitest';
import { binCheckDigit } from '../../../src/lib/registry/bin';
import { demoServer } from '../versions/demo-server';

const FLOUR = 'flour-kostanay';
const PHARMA = 'pharma-south-kazakhstan';

/** A valid BIN from a serial: registered in March 2015, a resident legal entity. */
function bin(serial: number): string {
	const first = `150340${String(serial).padStart(5, '0')}`;
	const check = binCheckDigit(first);
	if (check === null) return bin(serial + 50_000);
	return `${first}${check}`;
}

const firm = (serial: number, extra: Record<string, unknown> = {}) => ({
	bin: bin(serial),
	name: { ru: `ТОО «Тест ${serial}»`, kk: `«Тест ${serial}» ЖШС`, en: `Test ${serial} LLP` },
	kind: 'sme',
	employees: 40,
	region: 'Kostanay region',
	locality: 'Rudny',
	stageId: null,
	joinedAt: '2021-05-04',
	contact: 'Director',
	inOrganisation: false,
	...extra
});

describe('the registry API', () => {
	const suite = demoServer();
	const participants = (cluster: string) => `/api/clusters/${cluster}/participants`;

	it('lets facilitators keep the participants, members and reviewers read them, and nobody else see them', async () => {
		const facilitator = await suite.token('demo-facilitator');
		const created = await suite.post(participants(FLOUR), facilitator, firm(1));
		expect(created.status).toBe(201);
		const participant = created.body.participant as { id: string; bin: string; leftAt: null };
		expect(participant).toMatchObject({ bin: bin(1), leftAt: null, kind: 'sme', inOrganisation: false });

		for (const reader of ['demo-member', 'demo-coordinator', 'demo-reviewer', 'demo-admin'] as const) {
			const listed = await suite.get(participants(FLOUR), await suite.token(reader));
			expect(listed.status, reader).toBe(200);
			expect((listed.body.participants as { id: string }[]).map((p) => p.id)).toContain(participant.id);
		}
		const member = await suite.token('demo-member');
		expect(await suite.get(participants(PHARMA), member)).toMatchObject({
			status: 404,
			body: { code: 'not_found' }
		});
		expect(await suite.get(participants(FLOUR), null)).toMatchObject({
			status: 401,
			body: { code: 'signed_out' }
		});
		for (const who of ['demo-member', 'demo-reviewer', 'demo-coordinator'] as const) {
			const token = await suite.token(who);
			expect((await suite.post(participants(FLOUR), token, firm(2))).status, who).toBe(403);
			expect(
				(await suite.send('PATCH', `${participants(FLOUR)}/${participant.id}`, token, { employees: 1 }))
					.status,
				who
			).toBe(403);
		}
		// Admins keep every cluster's registry.
		expect((await suite.post(participants(PHARMA), await suite.token('demo-admin'), firm(3))).status).toBe(
			201
		);
	});

	it('refuses a bad participant with its code and field, and a BIN the cluster already has with 409', async () => {
		const facilitator = await suite.token('demo-facilitator');
		const refused = async (body: unknown) => (await suite.post(participants(FLOUR), facilitator, body)).body;
		const good = firm(10);
		const typo = `${good.bin.slice(0, 11)}${(Number(good.bin[11]) + 1) % 10}`;
		expect(await refused({ ...good, bin: typo })).toMatchObject({ code: 'bin_check_digit', field: 'bin' });
		expect(await refused({ ...good, bin: '12345' })).toMatchObject({
			code: 'bin_wrong_length',
			field: 'bin'
		});
		expect(await refused({ ...good, kind: 'giant' })).toMatchObject({ code: 'invalid_value', field: 'kind' });
		expect(await refused({ ...good, name: { ru: ' ', kk: '', en: '' } })).toMatchObject({
			code: 'required',
			field: 'name'
		});
		expect(await refused({ ...good, joinedAt: '2021-02-30' })).toMatchObject({
			code: 'invalid_date',
			field: 'joinedAt'
		});
		expect(await refused({ ...good, colour: 'red' })).toMatchObject({
			code: 'unknown_field',
			field: 'colour'
		});
		expect(await suite.post(participants(FLOUR), facilitator, '[1]')).toMatchObject({
			status: 400,
			body: { code: 'invalid_body' }
		});

		expect((await suite.post(participants(FLOUR), facilitator, good)).status).toBe(201);
		const again = await suite.post(participants(FLOUR), facilitator, { ...good, name: { en: 'Another' } });
		expect(again).toEqual({
			status: 409,
			body: { error: expect.any(String), code: 'duplicate_bin', field: 'bin' }
		});
	});

	it('changes the fields named, and keeps a participant that left in the registry with its date', async () => {
		const facilitator = await suite.token('demo-facilitator');
		const { participant } = (await suite.post(participants(FLOUR), facilitator, firm(20))).body as {
			participant: { id: string };
		};
		const path = `${participants(FLOUR)}/${participant.id}`;
		const changed = await suite.send('PATCH', path, facilitator, {
			name: { ru: 'ТОО «Новое имя»', en: 'New Name LLP' },
			employees: 55
		});
		expect(changed.status).toBe(200);
		expect(changed.body.participant).toMatchObject({
			name: { ru: 'ТОО «Новое имя»', kk: '', en: 'New Name LLP' },
			employees: 55,
			locality: 'Rudny'
		});
		expect(
			await suite.send('PATCH', `${participants(FLOUR)}/no-such`, facilitator, { employees: 1 })
		).toMatchObject({ status: 404, body: { code: 'not_found' } });

		expect(await suite.send('DELETE', path, facilitator, { leftAt: '2020-01-01' })).toMatchObject({
			status: 400,
			body: { code: 'invalid_date', field: 'leftAt' }
		});
		const left = await suite.send('DELETE', path, facilitator, { leftAt: '2024-06-30' });
		expect(left.status).toBe(200);
		expect(left.body.participant).toMatchObject({ id: participant.id, leftAt: '2024-06-30' });
		expect(await suite.send('DELETE', path, facilitator, { leftAt: '2024-07-01' })).toMatchObject({
			status: 409,
			body: { code: 'already_left' }
		});
		const listed = await suite.get(participants(FLOUR), facilitator);
		expect(listed.body.participants).toContainEqual(
			expect.objectContaining({ id: participant.id, leftAt: '2024-06-30' })
		);
		const audit = await suite.audit(participant.id);
		expect(audit.map((row) => row.action)).toEqual([
			'participant.add',
			'participant.change',
			'participant.leave'
		]);
	});

	it('keeps the cluster organisation’s profile, written whole by facilitators and read by its readers', async () => {
		const facilitator = await suite.token('demo-facilitator');
		const path = `/api/clusters/${FLOUR}/profile`;
		const profile = {
			hasOrganisation: true,
			since: '2020-03-01',
			legalForm: 'Association (union) of legal entities',
			name: {
				ru: 'Объединение «Зерно Костаная»',
				kk: '«Қостанай астығы» бірлестігі',
				en: 'Kostanay Grain Union'
			},
			bin: bin(30),
			coordinator: 'Executive director',
			programmeCoordinatorId: null,
			staffFte: 2.5,
			website: 'https://grain.example.kz',
			funding: { fees: 40, public: 50, other: 10 },
			strategyDate: '2020-09-15',
			stage: 'implementing'
		};
		const put = await suite.send('PUT', path, facilitator, profile);
		expect(put).toEqual({ status: 200, body: { profile } });
		const read = await suite.get(path, await suite.token('demo-reviewer'));
		expect(read).toEqual({ status: 200, body: { profile } });

		expect(
			await suite.send('PUT', path, facilitator, { ...profile, funding: { fees: 60, public: 50, other: 0 } })
		).toMatchObject({ status: 400, body: { code: 'invalid_value', field: 'funding' } });
		expect((await suite.send('PUT', path, await suite.token('demo-member'), profile)).status).toBe(403);
		expect(
			(await suite.get(`/api/clusters/${PHARMA}/profile`, await suite.token('demo-member'))).status
		).toBe(404);
	});

	it('counts the demo programme’s 166 participants as of 1 January 2019, as its report did', async () => {
		const counted = await suite.get(
			'/api/programme/participants?asOf=2019-01-01',
			await suite.token('demo-reviewer')
		);
		expect(counted.status).toBe(200);
		expect(counted.body).toMatchObject({ asOf: '2019-01-01', total: 166 });
		expect(counted.body.byCluster).toEqual([
			{ clusterId: 'construction-karaganda', count: 28 },
			{ clusterId: 'flour-kostanay', count: 16 },
			{ clusterId: 'furniture-almaty', count: 24 },
			{ clusterId: 'milk-akmola', count: 25 },
			{ clusterId: PHARMA, count: 15 },
			{ clusterId: 'tourism-almaty-region', count: 58 }
		]);
	});

	it('counts the programme’s participants on any date, for reviewers and admins', async () => {
		const admin = await suite.token('demo-admin');
		const counts = async (asOf: string) =>
			(await suite.get(`/api/programme/participants?asOf=${asOf}`, admin)).body as {
				total: number;
				byCluster: { clusterId: string; count: number }[];
			};
		const facilitator = await suite.token('demo-facilitator');
		const flour = (at: { byCluster: { clusterId: string; count: number }[] }) =>
			at.byCluster.find((line) => line.clusterId === FLOUR)!.count;
		const days = ['2023-12-31', '2024-06-01', '2025-01-01'];
		const before = await Promise.all(days.map(async (day) => flour(await counts(day))));
		const { participant } = (
			await suite.post(participants(FLOUR), facilitator, firm(40, { joinedAt: '2024-01-01' }))
		).body as { participant: { id: string } };
		await suite.send('DELETE', `${participants(FLOUR)}/${participant.id}`, facilitator, {
			leftAt: '2025-01-01'
		});
		// Not yet joined, a member, and gone again.
		const after = await Promise.all(days.map(async (day) => flour(await counts(day))));
		expect(after).toEqual([before[0], before[1]! + 1, before[2]]);
		const sum = await counts('2024-06-01');
		expect(sum.total).toBe(sum.byCluster.reduce((total, line) => total + line.count, 0));
		expect(sum.byCluster.map((line) => line.clusterId)).toContain(PHARMA);

		expect((await suite.get('/api/programme/participants', await suite.token('demo-reviewer'))).status).toBe(
			200
		);
		expect((await suite.get('/api/programme/participants', facilitator)).status).toBe(403);
		expect(await suite.get('/api/programme/participants?asOf=2024-13-01', admin)).toMatchObject({
			status: 400,
			body: { code: 'invalid_date', field: 'asOf' }
		});
	});
});
