// Structural sharing between snapshots: unchanged items keep their identity, so a page redraws only
// what changed.
import { describe, expect, it } from 'vitest';
import * as P from '../../../src/lib/plan';
import { newPlan } from './plan-fixture';

describe('share', () => {
	it('keeps every unchanged item and list, and gives new objects only along the changed path', () => {
		const doc = newPlan();
		P.addLine(doc, { id: 'l1', title: 'Exports' });
		P.addLine(doc, { id: 'l2', title: 'Skills' });
		P.addObjective(doc, { id: 'o1', lineId: 'l1', title: 'Grow exports' });
		P.addProject(doc, { id: 'p1', title: 'Lab' });
		P.addProject(doc, { id: 'p2', title: 'Office' });
		const before = P.snapshot(doc);
		expect(P.share(before, P.snapshot(doc))).toBe(before);

		P.updateObjective(doc, 'o1', { title: { ru: 'Рост экспорта' } });
		const after = P.share(before, P.snapshot(doc));
		expect(after).not.toBe(before);
		expect(after.strategy.lines[0]).not.toBe(before.strategy.lines[0]);
		expect(after.strategy.lines[0]!.objectives[0]!.title).toEqual({
			ru: 'Рост экспорта',
			kk: '',
			en: 'Grow exports'
		});
		expect(after.strategy.lines[1]).toBe(before.strategy.lines[1]);
		expect(after.projects).toBe(before.projects);
		expect(after.map).toBe(before.map);
	});

	it('matches items by id when one is inserted or moved, not by position', () => {
		const doc = newPlan();
		P.addProject(doc, { id: 'p1', title: 'Lab' });
		P.addProject(doc, { id: 'p2', title: 'Office' });
		const before = P.snapshot(doc);
		P.removeProject(doc, 'p1');
		const after = P.share(before, P.snapshot(doc));
		expect(after.projects).toHaveLength(1);
		expect(after.projects[0]).toBe(before.projects[1]);
		expect(after).toEqual(P.snapshot(doc));
	});
});
