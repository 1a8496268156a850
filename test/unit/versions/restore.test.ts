// Restoring a version into the live plan: the content becomes the version's again as one ordinary
// change, comments written since stay, and peers who edit meanwhile still converge.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as P from '../../../src/lib/plan';
import { exchange, peerOf } from '../plan/plan-fixture';
import { samplePlan } from './sample-plan';

/** A document holding an encoded state, as the server reads a saved version. */
function load(state: Uint8Array): Y.Doc {
	const doc = new Y.Doc();
	Y.applyUpdate(doc, state);
	return doc;
}

/** Edits across every collection: adds, removes, moves and changes. */
function editEverything(doc: Y.Doc): void {
	P.renamePlan(doc, 'Flour plan, second draft');
	P.updateStrategy(doc, { vision: { en: 'Regional leader' }, mission: { kk: 'Миссия' } });
	P.addStage(doc, { id: 's4', title: 'Baking', index: 0 });
	P.removeStage(doc, 's3');
	P.moveStage(doc, 's2', 0);
	P.addActor(doc, { id: 'a4', name: 'Silo', kind: 'supplier' });
	P.updateActor(doc, 'a1', { name: 'Grain farm', member: true });
	P.removeActor(doc, 'a3');
	P.addNode(doc, { id: 'n4', actorId: 'a4', stageId: 's4', x: 10, y: 200 });
	P.moveNodes(doc, [{ id: 'n3', x: 640, y: 90 }]);
	P.removeNode(doc, 'n2');
	P.connect(doc, { id: 'e2', source: 'n4', target: 'n1', kind: 'goods', label: 'seed' });
	P.linkNode(doc, 'n1', 'o3');
	P.addLine(doc, { id: 'l4', title: { ru: 'Кадры', en: 'Skills' }, description: 'Two\nlines' });
	P.updateLine(doc, 'l1', { title: { ru: 'Новые рынки' }, description: 'Beyond Central Asia' });
	P.moveLine(doc, 'l3', 0);
	P.removeLine(doc, 'l2');
	P.addObjective(doc, { id: 'o4', lineId: 'l4', title: 'Training' });
	P.moveObjective(doc, 'o2', { lineId: 'l4', index: 0 });
	P.updateObjective(doc, 'o1', { assumptions: 'Stable prices' });
	P.addAction(doc, { id: 'x3', objectiveId: 'o4', title: 'Courses', projectIds: ['p1'] });
	P.moveAction(doc, 'x2', { objectiveId: 'o2' });
	P.updateAction(doc, 'x1', { status: 'done', dueDate: null, owner: 'Aigerim' });
	P.addObjective(doc, { id: 'o5', lineId: 'l4', title: 'Mentoring' });
	P.indent(doc, 'o5');
	P.outdent(doc, 'x1');
	P.addProject(doc, { id: 'p2', title: 'Silo', budget: 40, leadActorId: 'a4' });
	P.updateProject(doc, 'p1', { budget: 800, status: 'approved', end: '2026-06-30', objectiveIds: [] });
	P.addIndicator(doc, { id: 'i2', code: 'JOBS', name: 'Jobs', formula: 'EXP * 2' });
	P.setIndicatorTarget(doc, 'i1', 2025, 150);
	P.setIndicatorTarget(doc, 'i1', 2026, 200);
	P.updateIndicator(doc, 'i1', { name: { ru: 'Экспорт' }, linkId: 'p2' });
	P.removeProject(doc, 'p1');
}

describe('restorePlan', () => {
	it('makes the live plan equal the version after edits across every collection', () => {
		const live = samplePlan();
		const v1 = Y.encodeStateAsUpdate(live);
		const v1data = P.snapshot(live);
		editEverything(live);
		expect(P.planChanges(v1data, P.snapshot(live)).total).toBeGreaterThan(25);

		P.restorePlan(live, load(v1));

		expect(P.planChanges(v1data, P.snapshot(live))).toEqual({ sections: [], total: 0 });
		expect(P.snapshot(live)).toEqual(v1data);
		expect(P.validatePlan(P.snapshot(live))).toEqual([]);
	});

	it('writes the restore as one change marked as a restore, on top of the history', () => {
		const live = samplePlan();
		const v1 = Y.encodeStateAsUpdate(live);
		editEverything(live);
		const edited = P.snapshot(live);
		const history = Y.encodeStateAsUpdate(live);
		const origins: unknown[] = [];
		live.on('update', (_update: Uint8Array, origin: unknown) => origins.push(origin));

		P.restorePlan(live, load(v1));

		expect(origins).toEqual(['restore']);
		// Nothing is lost: every change made before the restore is still held by the live document.
		const held = Y.decodeStateVector(Y.encodeStateVector(live));
		for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVectorFromUpdate(history))) {
			expect(held.get(client)).toBeGreaterThanOrEqual(clock);
		}
		expect(P.snapshot(load(history))).toEqual(edited);
	});

	it('writes nothing when the live plan already equals the version', () => {
		const live = samplePlan();
		const past = peerOf(live);
		let updates = 0;
		live.on('update', () => updates++);
		P.restorePlan(live, past);
		expect(updates).toBe(0);
	});

	it('keeps comments written since the version, flagging those whose item the restore took away', () => {
		const live = samplePlan();
		const v1 = Y.encodeStateAsUpdate(live);
		const v1data = P.snapshot(live);
		P.addProject(live, { id: 'p2', title: 'Silo' });
		P.addComment(live, { id: 'c2', anchorId: 'p2', author: 'erlan', text: 'Who pays?' });
		P.addComment(live, { id: 'c3', anchorId: 'p1', author: 'erlan', text: 'Still needed' });
		P.resolveComment(live, 'c1');
		P.updateProject(live, 'p1', { budget: 10 });

		P.restorePlan(live, load(v1));

		const after = P.snapshot(live);
		const changes = P.planChanges(v1data, after);
		expect(changes.sections.map((s) => s.section)).toEqual(['comments']);
		expect(changes.sections[0]!.items.map((i) => [i.id, i.kind, i.fields.map((f) => f.field)])).toEqual([
			['c2', 'added', []],
			['c3', 'added', []],
			['c1', 'changed', ['resolved']]
		]);
		const byId = new Map(after.comments.map((c) => [c.id, c]));
		expect(byId.get('c2')!.orphaned).toBe(true);
		expect(byId.get('c3')!.orphaned).toBe(false);
		expect(byId.get('c1')!.resolved).toBe(true);
		expect({ ...after, comments: [] }).toEqual({ ...v1data, comments: [] });
	});

	it('keeps a peer’s concurrent edit of an item the restore leaves alone, and both peers converge', () => {
		const live = samplePlan();
		const v1 = Y.encodeStateAsUpdate(live);
		const v1data = P.snapshot(live);
		P.updateProject(live, 'p1', { budget: 800 });
		P.addLine(live, { id: 'l4', title: 'Skills' });
		const peer = peerOf(live);

		P.restorePlan(live, load(v1));
		P.updateAction(peer, 'x1', { status: 'in_progress' });
		P.addActor(peer, { id: 'a4', name: 'Silo', kind: 'supplier' });
		exchange(live, peer);

		const merged = P.snapshot(live);
		expect(P.snapshot(peer)).toEqual(merged);
		expect(P.validatePlan(merged)).toEqual([]);
		const changes = P.planChanges(v1data, merged);
		expect(
			changes.sections.flatMap((s) => s.items).map((i) => [i.key, i.kind, i.fields.map((f) => f.field)])
		).toEqual([
			['actors:a4', 'added', []],
			['actions:x1', 'changed', ['status']]
		]);
	});

	it('converges with a peer who edits the very items the restore rewrites', () => {
		const live = samplePlan();
		const v1 = Y.encodeStateAsUpdate(live);
		P.updateProject(live, 'p1', { budget: 800 });
		P.addLine(live, { id: 'l4', title: 'Skills' });
		const peer = peerOf(live);

		P.restorePlan(live, load(v1));
		P.updateProject(peer, 'p1', { budget: 700, status: 'approved' });
		P.addObjective(peer, { id: 'o4', lineId: 'l4', title: 'Training' });
		exchange(live, peer);

		const merged = P.snapshot(live);
		expect(P.snapshot(peer)).toEqual(merged);
		expect(P.validatePlan(merged)).toEqual([]);
		// The line the restore removed takes the peer's new objective with it, as a remove would.
		expect(merged.strategy.lines.map((l) => l.id)).toEqual(['l1', 'l2', 'l3']);
		expect(merged.projects[0]!.status).toBe('approved');
	});
});
