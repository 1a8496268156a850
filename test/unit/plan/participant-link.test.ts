// Actors standing for a registry participant: linking, unlinking, the door's check of the link, and
// a participant's rename reaching the map, the projects and the owners written with its old name.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as P from '../../../src/lib/plan';
import { expectRefused, newPlan } from './plan-fixture';

const PARTICIPANT = '5f0c2a9e-1b7d-4e8a-9c3f-2d6b8e1a4c70';
const before = { ru: 'ТОО «Агрофирма»', kk: '«Агрофирма» ЖШС', en: 'Agrofirm LLP' };
const after = { ru: 'ТОО «Кostanay Flour»', kk: '«Қостанай ұны» ЖШС', en: 'Kostanay Flour LLP' };

function linkedPlan() {
	const doc = newPlan();
	P.addStage(doc, { id: 'farming', title: 'Grain farming' });
	P.addActor(doc, { id: 'farm', name: before, kind: 'firm', member: true, participantId: PARTICIPANT });
	P.addActor(doc, { id: 'other', name: 'Other firm', kind: 'firm' });
	P.addNode(doc, { id: 'n1', actorId: 'farm', stageId: 'farming', x: 0, y: 0 });
	P.addNode(doc, { id: 'n2', label: 'Milling', kind: 'stage', x: 200, y: 0, owner: before.kk });
	P.addProject(doc, { id: 'p1', title: 'Elevator', leadActorId: 'farm', partnerIds: ['other', 'farm'] });
	P.addLine(doc, { id: 'l1', title: 'Exports' });
	P.addObjective(doc, { id: 'o1', lineId: 'l1', title: 'Grow' });
	P.addAction(doc, { id: 'a1', objectiveId: 'o1', title: 'Visit', owner: 'Someone else' });
	P.addAction(doc, { id: 'a2', objectiveId: 'o1', title: 'Build', owner: before.ru });
	return doc;
}

describe('an actor linked to a participant', () => {
	it('keeps the link in the snapshot, and an unlinked actor has none at all', () => {
		const doc = linkedPlan();
		const actors = P.snapshot(doc).actors;
		expect(actors.find((actor) => actor.id === 'farm')?.participantId).toBe(PARTICIPANT);
		expect(actors.find((actor) => actor.id === 'other')).not.toHaveProperty('participantId');
		P.updateActor(doc, 'other', { participantId: 'b1' });
		P.updateActor(doc, 'farm', { participantId: null });
		const changed = P.snapshot(doc).actors;
		expect(changed.find((actor) => actor.id === 'farm')).not.toHaveProperty('participantId');
		expect(changed.find((actor) => actor.id === 'other')?.participantId).toBe('b1');
	});

	it('refuses a link that is not an id, and writes nothing', () => {
		const doc = linkedPlan();
		expectRefused(doc, () => P.updateActor(doc, 'farm', { participantId: 'not an id!' }), 'invalid_id');
		expectRefused(
			doc,
			() => P.addActor(doc, { name: 'x', kind: 'firm', participantId: 'x'.repeat(65) }),
			'invalid_id',
			'participantId'
		);
	});

	it('passes the door, and a raw write of a link that is not an id does not', () => {
		const server = linkedPlan();
		const client = new Y.Doc();
		Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
		const checks: P.WriteCheck[] = [];
		server.on('afterTransaction', (tr: Y.Transaction) => {
			if (tr.origin === 'client') checks.push(P.checkWrite(server, tr));
		});
		const send = (write: () => void) => {
			const vector = Y.encodeStateVector(client);
			write();
			Y.applyUpdate(server, Y.encodeStateAsUpdate(client, vector), 'client');
			return checks.at(-1)!.problems;
		};
		expect(send(() => P.updateActor(client, 'other', { participantId: PARTICIPANT }))).toEqual([]);
		expect(send(() => P.updateActor(client, 'other', { participantId: null }))).toEqual([]);
		// A raw write, as a hostile client could send it.
		const problems = send(() =>
			(client.getMap('actors').get('other') as Y.Map<unknown>).set('participantId', 42)
		);
		expect(problems.map((problem) => problem.code)).toContain('invalid_id');
	});

	it('reads the same in a stored version written before links existed', () => {
		const data = P.snapshot(linkedPlan());
		const old = { ...data, actors: data.actors.map(({ participantId: _, ...actor }) => actor) };
		expect(P.planDataProblem(old)).toBeNull();
		expect(P.planDataProblem(data)).toBeNull();
		expect(P.planDataProblem({ ...data, actors: [{ ...data.actors[0], participantId: 7 }] })).toMatch(
			/participantId/
		);
		// Not linking is no change: the diff sees only the one link added.
		const changes = P.diff(old, data).changed;
		expect(changes).toEqual([
			{
				collection: 'actors',
				id: 'farm',
				changes: [{ field: 'participantId', before: undefined, after: PARTICIPANT }]
			}
		]);
	});
});

describe('renaming a participant', () => {
	it('renames its actors (so nodes, lead and partners follow) and the owners written with its old name', () => {
		const doc = linkedPlan();
		expect(P.renameParticipant(doc, PARTICIPANT, before, after)).toBe(3);
		const data = P.snapshot(doc);
		expect(data.actors.find((actor) => actor.id === 'farm')?.name).toEqual(after);
		expect(data.map.nodes.find((node) => node.id === 'n1')?.label).toEqual(after);
		const owners = new Map([
			...data.map.nodes.map((node) => [node.id, node.owner] as const),
			...data.strategy.lines[0]!.objectives[0]!.actions.map((action) => [action.id, action.owner] as const)
		]);
		expect(owners.get('n2')).toBe(after.kk);
		expect(owners.get('a2')).toBe(after.ru);
		expect(owners.get('a1')).toBe('Someone else');
		expect(data.actors.find((actor) => actor.id === 'other')?.name.en).toBe('Other firm');
		expect(data.projects[0]?.leadActorId).toBe('farm');
	});

	it('writes nothing when nothing stands for it or the name is already the new one', () => {
		const doc = linkedPlan();
		const updates: Uint8Array[] = [];
		doc.on('update', (update: Uint8Array) => updates.push(update));
		const nobody = { ru: 'Никто', kk: '', en: 'Nobody' };
		expect(P.renameParticipant(doc, 'someone-else', nobody, after)).toBe(0);
		P.renameParticipant(doc, PARTICIPANT, before, after);
		const written = updates.length;
		expect(P.renameParticipant(doc, PARTICIPANT, after, after)).toBe(0);
		expect(updates).toHaveLength(written);
	});

	it('fills an owner written in a language the new name lacks from a language it has', () => {
		const doc = linkedPlan();
		P.renameParticipant(doc, PARTICIPANT, before, { ru: 'Новое имя', kk: '', en: '' });
		const data = P.snapshot(doc);
		expect(data.map.nodes.find((node) => node.id === 'n2')?.owner).toBe('Новое имя');
		expect(P.actorsOfParticipant(doc, PARTICIPANT)).toEqual(['farm']);
	});
});

describe('relinking actors to participants under new ids', () => {
	it('points each linked actor at its participant’s new id and leaves links the ids do not name', () => {
		const doc = linkedPlan();
		P.updateActor(doc, 'other', { participantId: 'elsewhere' });
		const renamed = new Map([
			[PARTICIPANT, 'new-id'],
			['unused', 'never']
		]);
		expect(P.relinkParticipants(doc, renamed)).toBe(1);
		const actors = new Map(P.snapshot(doc).actors.map((actor) => [actor.id, actor.participantId]));
		expect(actors).toEqual(
			new Map([
				['farm', 'new-id'],
				['other', 'elsewhere']
			])
		);
	});

	it('writes nothing when no actor is linked to a renamed participant', () => {
		const doc = linkedPlan();
		const updates: Uint8Array[] = [];
		doc.on('update', (update: Uint8Array) => updates.push(update));
		expect(P.relinkParticipants(doc, new Map([['someone-else', 'x']]))).toBe(0);
		expect(P.relinkParticipants(doc, new Map([[PARTICIPANT, PARTICIPANT]]))).toBe(0);
		expect(updates).toHaveLength(0);
	});
});
