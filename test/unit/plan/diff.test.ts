import { describe, expect, it } from 'vitest';
import * as P from '../../../src/lib/plan';
import { newPlan } from './plan-fixture';

describe('diff', () => {
	it('of a plan with itself is empty', () => {
		const data = P.snapshot(newPlan());
		expect(P.isEmptyDiff(P.diff(data, structuredClone(data)))).toBe(true);
	});

	it('lists added, removed and changed items field by field, nested items included', () => {
		const doc = newPlan();
		P.addStage(doc, { id: 's1', title: 'Farming' });
		P.addStage(doc, { id: 's2', title: 'Milling' });
		P.addLine(doc, { id: 'l1', title: 'Markets' });
		P.addObjective(doc, { id: 'o1', lineId: 'l1', title: 'Exports' });
		P.addAction(doc, { id: 'a1', objectiveId: 'o1', title: 'Fair' });
		P.addProject(doc, { id: 'p1', title: 'Lab', budget: 10 });
		const before = P.snapshot(doc);

		P.removeStage(doc, 's2');
		P.addStage(doc, { id: 's3', title: 'Baking' });
		P.updateProject(doc, 'p1', { budget: 25, title: 'Quality lab' });
		P.updateAction(doc, 'a1', { status: 'done' });
		P.updateStrategy(doc, { vision: 'Leader' });
		const result = P.diff(before, P.snapshot(doc));

		expect(result.added.map((i) => [i.collection, i.id])).toEqual([['stages', 's3']]);
		expect(result.removed.map((i) => [i.collection, i.id])).toEqual([['stages', 's2']]);
		expect(result.changed).toEqual([
			{
				collection: 'plan',
				id: 'plan-1',
				changes: [
					{
						field: 'vision',
						before: { ru: '', kk: '', en: '' },
						after: { ru: '', kk: '', en: 'Leader' }
					}
				]
			},
			{ collection: 'actions', id: 'a1', changes: [{ field: 'status', before: 'planned', after: 'done' }] },
			{
				collection: 'projects',
				id: 'p1',
				changes: [
					{
						field: 'title',
						before: { ru: '', kk: '', en: 'Lab' },
						after: { ru: '', kk: '', en: 'Quality lab' }
					}
				]
			},
			// The budget is the sum of the lines: the line tells its change, the project does not repeat it.
			{ collection: 'funding', id: 'f-p1', changes: [{ field: 'amount', before: 10, after: 25 }] }
		]);
	});

	it('reports an action moved to another objective as a change of its objectiveId', () => {
		const doc = newPlan();
		P.addLine(doc, { id: 'l1', title: 'Markets' });
		P.addObjective(doc, { id: 'o1', lineId: 'l1', title: 'A' });
		P.addObjective(doc, { id: 'o2', lineId: 'l1', title: 'B' });
		P.addAction(doc, { id: 'a1', objectiveId: 'o1', title: 'Fair' });
		const before = P.snapshot(doc);
		P.moveAction(doc, 'a1', { objectiveId: 'o2' });
		const [change] = P.diff(before, P.snapshot(doc)).changed;
		expect(change?.changes.find((c) => c.field === 'objectiveId')).toEqual({
			field: 'objectiveId',
			before: 'o1',
			after: 'o2'
		});
	});
});
