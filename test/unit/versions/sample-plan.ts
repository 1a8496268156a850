// A small plan with every kind of item, and a way to see what one edit of it changes: the crafted
// snapshot pairs the version diff tests compare.
import type * as Y from 'yjs';
import * as P from '../../../src/lib/plan';
import { newPlan } from '../plan/plan-fixture';

/**
 * Stages s1 Farming, s2 Milling, s3 Retail (empty); actors a1 Farm, a2 Mill, a3 Bakery (no node);
 * nodes n1 (Farm, s1), n2 (Mill, s2), n3 Export (market, no stage); edge e1 n1 → n2;
 * lines 1 Markets (o1 Exports: x1 Fair, x2 Trade mission; o2 Brands), 2 Quality (o3 Labs), 3 Jobs;
 * project p1 Lab (budget 1000, for o1); indicator i1 EXP Exports (target 2025: 120); comment c1 on n1.
 */
export function samplePlan(): Y.Doc {
	const doc = newPlan('plan-1', 'Flour plan');
	P.addStage(doc, { id: 's1', title: 'Farming' });
	P.addStage(doc, { id: 's2', title: 'Milling' });
	P.addStage(doc, { id: 's3', title: 'Retail' });
	P.addActor(doc, { id: 'a1', name: 'Farm', kind: 'firm' });
	P.addActor(doc, { id: 'a2', name: 'Mill', kind: 'firm' });
	P.addActor(doc, { id: 'a3', name: 'Bakery', kind: 'firm' });
	P.addNode(doc, { id: 'n1', actorId: 'a1', stageId: 's1', x: 0, y: 0 });
	P.addNode(doc, { id: 'n2', actorId: 'a2', stageId: 's2', x: 300, y: 0 });
	P.addNode(doc, { id: 'n3', label: 'Export', kind: 'market', x: 600, y: 0 });
	P.connect(doc, { id: 'e1', source: 'n1', target: 'n2', kind: 'goods' });
	P.updateStrategy(doc, { vision: { en: 'Leader', ru: 'Лидер' } });
	P.addLine(doc, { id: 'l1', title: { en: 'Markets', ru: 'Рынки', kk: 'Нарықтар' } });
	P.addLine(doc, { id: 'l2', title: 'Quality' });
	P.addLine(doc, { id: 'l3', title: 'Jobs' });
	P.addObjective(doc, { id: 'o1', lineId: 'l1', title: 'Exports' });
	P.addObjective(doc, { id: 'o2', lineId: 'l1', title: 'Brands' });
	P.addObjective(doc, { id: 'o3', lineId: 'l2', title: 'Labs' });
	P.addAction(doc, { id: 'x1', objectiveId: 'o1', title: 'Fair', dueDate: '2025-06-30' });
	P.addAction(doc, { id: 'x2', objectiveId: 'o1', title: 'Trade mission' });
	P.addProject(doc, {
		id: 'p1',
		title: { en: 'Lab', ru: 'Лаборатория' },
		budget: 1000,
		start: '2025-01-01',
		end: '2025-12-31',
		objectiveIds: ['o1']
	});
	P.addIndicator(doc, { id: 'i1', code: 'EXP', name: 'Exports', targets: { 2025: 120 } });
	P.addComment(doc, {
		id: 'c1',
		anchorId: 'n1',
		author: 'dana',
		authorName: 'Dana',
		text: 'Which farms?',
		createdAt: '2025-01-01T00:00:00Z'
	});
	return doc;
}

/** The reviewer's view of what `edit` does to the sample plan. */
export function changesOf(edit: (doc: Y.Doc) => void): P.PlanChanges {
	const doc = samplePlan();
	const before = P.snapshot(doc);
	edit(doc);
	return P.planChanges(before, P.snapshot(doc));
}

/** Every changed item, whatever its section, in section order. */
export function itemsOf(changes: P.PlanChanges): P.ItemChange[] {
	return changes.sections.flatMap((section) => section.items);
}
