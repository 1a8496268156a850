// One firm everywhere, on the real server and database (SQLite, or PostgreSQL under test:pg): the
// demo maps' actors stand for registry participants, and renaming a participant renames its actors
// in the live plan (a connected y-websocket client receives it like any edit) and in a plan nobody
// has open (stored). Only those who keep the registry may rename, and a refused change renames
// nothing.
import { describe, expect, it } from 'vitest';
import { snapshot, type PlanData } from '../../../src/lib/plan';
import { synced } from '../collab/harness';
import { demoServer, eventually } from '../versions/demo-server';

const FLOUR = 'flour-kostanay';
const MILK = 'milk-akmola';

type Participant = { id: string; name: { ru: string; kk: string; en: string } };

describe('a participant renamed in the registry', () => {
	const suite = demoServer();

	/** A demo participant that an actor of the cluster's plan stands for, with that actor's id. */
	async function linkedParticipant(clusterId: string) {
		const token = await suite.token('demo-admin');
		const plan = (await suite.get(`/api/plans/${clusterId}`, token)).body as unknown as PlanData;
		const listed = await suite.get(`/api/clusters/${clusterId}/participants`, token);
		const participants = listed.body.participants as Participant[];
		const actor = plan.actors.find((candidate) => candidate.participantId)!;
		const participant = participants.find((candidate) => candidate.id === actor.participantId)!;
		expect(actor.name).toEqual(participant.name);
		return { actor, participant, path: `/api/clusters/${clusterId}/participants/${participant.id}` };
	}

	it('is renamed on the open plan of everyone connected, on its nodes too', async () => {
		const { actor, path } = await linkedParticipant(FLOUR);
		const client = await suite.connect(FLOUR, 'demo-member');
		await synced(client);
		const name = { ru: 'ТОО «Новое имя»', kk: '«Жаңа атау» ЖШС', en: 'New Name LLP' };
		const facilitator = await suite.token('demo-facilitator');
		const answer = await suite.send('PATCH', path, facilitator, { name });
		expect(answer).toMatchObject({ status: 200, body: { participant: { name } } });
		const shown = await eventually(async () => {
			const data = snapshot(client.doc);
			const renamed = data.actors.find((candidate) => candidate.id === actor.id);
			return renamed?.name.en === name.en ? data : undefined;
		}, 'the new name on the connected client');
		expect(shown.actors.find((candidate) => candidate.id === actor.id)?.name).toEqual(name);
		const nodes = shown.map.nodes.filter((node) => node.actorId === actor.id);
		expect(nodes.length).toBeGreaterThan(0);
		for (const node of nodes) expect(node.label).toEqual(name);
	});

	it('is renamed in a plan nobody has open, and a name sent again changes nothing more', async () => {
		const { actor, path } = await linkedParticipant(MILK);
		const name = { ru: 'ТОО «Молочный двор»', kk: '«Сүт ауласы» ЖШС', en: 'Dairy Yard LLP' };
		const facilitator = await suite.token('demo-facilitator');
		expect((await suite.send('PATCH', path, facilitator, { name })).status).toBe(200);
		const read = async () => (await suite.get(`/api/plans/${MILK}`, facilitator)).body as unknown as PlanData;
		const stored = await read();
		expect(stored.actors.find((candidate) => candidate.id === actor.id)?.name).toEqual(name);
		expect((await suite.send('PATCH', path, facilitator, { name })).status).toBe(200);
		expect(await read()).toEqual(stored);
	});

	it('is refused to those who do not keep the registry, in the one shape, and renames nothing', async () => {
		const { actor, participant, path } = await linkedParticipant(FLOUR);
		const name = { ru: 'Чужое имя', kk: '', en: 'Not yours' };
		for (const who of ['demo-member', 'demo-reviewer', 'demo-coordinator'] as const) {
			expect(await suite.send('PATCH', path, await suite.token(who), { name }), who).toMatchObject({
				status: 403,
				body: { code: 'forbidden' }
			});
		}
		expect(await suite.send('PATCH', path, null, { name })).toMatchObject({
			status: 401,
			body: { code: 'signed_out' }
		});
		const facilitator = await suite.token('demo-facilitator');
		expect(await suite.send('PATCH', path, facilitator, { name }, 'https://elsewhere.example')).toMatchObject(
			{
				status: 403,
				body: { code: 'origin_not_allowed' }
			}
		);
		expect(await suite.send('PATCH', path, facilitator, '{not json')).toMatchObject({
			status: 400,
			body: { code: 'invalid_body' }
		});
		expect(await suite.send('PATCH', path, facilitator, { name: { ru: '', kk: '', en: '' } })).toMatchObject({
			status: 400,
			body: { field: 'name' }
		});
		expect(
			await suite.send('PATCH', `/api/clusters/${FLOUR}/participants/no-such`, facilitator, { name })
		).toMatchObject({ status: 404, body: { code: 'not_found' } });
		const plan = (await suite.get(`/api/plans/${FLOUR}`, facilitator)).body as unknown as PlanData;
		expect(plan.actors.find((candidate) => candidate.id === actor.id)?.name).toEqual(participant.name);
		// The same path's DELETE is still the app's: marking as left works as before.
		const left = await suite.send('DELETE', path, facilitator, { leftAt: '2030-01-01' });
		expect(left).toMatchObject({ status: 200, body: { participant: { leftAt: '2030-01-01' } } });
	});
});
