import { describe, expect, it } from 'vitest';
import * as P from '../../../src/lib/plan';
import { expectRefused, newPlan } from './plan-fixture';

function strategy() {
	const doc = newPlan();
	P.updateStrategy(doc, { vision: 'A leading exporter of flour', mission: 'Grow value added together' });
	P.addLine(doc, { id: 'l1', title: 'Markets' });
	P.addLine(doc, { id: 'l2', title: 'Skills' });
	P.addObjective(doc, { id: 'o1', lineId: 'l1', title: 'Enter China' });
	P.addObjective(doc, { id: 'o2', lineId: 'l1', title: 'Enter Afghanistan' });
	P.addAction(doc, { id: 'a1', objectiveId: 'o1', title: 'Trade mission', dueDate: '2019-09-30' });
	P.addAction(doc, { id: 'a2', objectiveId: 'o1', title: 'Certify mills' });
	return doc;
}

describe('strategy', () => {
	it('keeps vision, mission and nested lines, objectives and actions in order', () => {
		const data = P.snapshot(strategy()).strategy;
		expect(data.vision).toEqual({ ru: '', kk: '', en: 'A leading exporter of flour' });
		expect(data.mission).toEqual({ ru: '', kk: '', en: 'Grow value added together' });
		expect(data.lines.map((l) => l.id)).toEqual(['l1', 'l2']);
		expect(data.lines[0]?.objectives.map((o) => o.id)).toEqual(['o1', 'o2']);
		expect(data.lines[0]?.objectives[0]?.actions).toEqual([
			{
				id: 'a1',
				title: { ru: '', kk: '', en: 'Trade mission' },
				description: { ru: '', kk: '', en: '' },
				owner: '',
				dueDate: '2019-09-30',
				status: 'planned',
				priority: null,
				order: 1,
				projectIds: [],
				indicatorIds: []
			},
			{
				id: 'a2',
				title: { ru: '', kk: '', en: 'Certify mills' },
				description: { ru: '', kk: '', en: '' },
				owner: '',
				dueDate: null,
				status: 'planned',
				priority: null,
				order: 2,
				projectIds: [],
				indicatorIds: []
			}
		]);
	});

	it('moves lines, objectives across lines, and actions across objectives', () => {
		const doc = strategy();
		P.moveLine(doc, 'l2', 0);
		P.moveObjective(doc, 'o2', { index: 0 });
		P.moveObjective(doc, 'o1', { lineId: 'l2' });
		P.moveAction(doc, 'a2', { objectiveId: 'o2' });
		P.moveAction(doc, 'a1', { index: 5 });
		const lines = P.snapshot(doc).strategy.lines;
		expect(lines.map((l) => [l.id, l.objectives.map((o) => [o.id, o.actions.map((a) => a.id)])])).toEqual([
			['l2', [['o1', ['a1']]]],
			['l1', [['o2', ['a2']]]]
		]);
	});

	it('updates titles, descriptions, owners, due dates and status', () => {
		const doc = strategy();
		P.updateLine(doc, 'l1', { title: 'Export markets', description: 'Beyond Central Asia' });
		P.updateLine(doc, 'l1', { title: { ru: 'Экспортные рынки' } });
		P.updateObjective(doc, 'o1', {
			title: 'Enter China by 2021',
			description: 'Two mills certified',
			assumptions: { ru: 'Граница открыта' }
		});
		P.updateAction(doc, 'a1', {
			status: 'done',
			owner: 'KAZAKH INVEST',
			dueDate: null,
			description: 'Urumqi'
		});
		P.renamePlan(doc, 'Flour plan 2019–2025');
		const data = P.snapshot(doc);
		expect(data.title).toEqual({ ru: '', kk: '', en: 'Flour plan 2019–2025' });
		const line = data.strategy.lines[0];
		expect([line?.title, line?.description]).toEqual([
			{ ru: 'Экспортные рынки', kk: '', en: 'Export markets' },
			{ ru: '', kk: '', en: 'Beyond Central Asia' }
		]);
		expect(line?.objectives[0]).toMatchObject({
			title: { ru: '', kk: '', en: 'Enter China by 2021' },
			description: { ru: '', kk: '', en: 'Two mills certified' },
			assumptions: { ru: 'Граница открыта', kk: '', en: '' }
		});
		expect(line?.objectives[0]?.actions[0]).toMatchObject({
			description: { ru: '', kk: '', en: 'Urumqi' },
			status: 'done',
			owner: 'KAZAKH INVEST',
			dueDate: null
		});
	});

	it('removes a line with its objectives and actions, and the links pointing at them', () => {
		const doc = strategy();
		P.addProject(doc, { id: 'p1', title: 'Lab', objectiveIds: ['o1', 'o2'] });
		P.addIndicator(doc, { id: 'i1', name: 'Exports', linkId: 'o1' });
		P.removeObjective(doc, 'o2');
		expect(P.snapshot(doc).projects[0]?.objectiveIds).toEqual(['o1']);
		P.removeLine(doc, 'l1');
		const data = P.snapshot(doc);
		expect(data.strategy.lines.map((l) => l.id)).toEqual(['l2']);
		expect(doc.getMap('actions').size).toBe(0);
		expect(data.projects[0]?.objectiveIds).toEqual([]);
		expect(data.indicators[0]?.link).toBeNull();
		P.removeLine(doc, 'l2');
		P.addLine(doc, { id: 'l3', title: 'Again' });
		P.addObjective(doc, { id: 'o3', lineId: 'l3', title: 'x' });
		P.addAction(doc, { id: 'a3', objectiveId: 'o3', title: 'y' });
		P.removeAction(doc, 'a3');
		expect(P.snapshot(doc).strategy.lines[0]?.objectives[0]?.actions).toEqual([]);
	});

	it('refuses empty titles, unknown parents, bad dates and statuses', () => {
		const doc = strategy();
		expectRefused(doc, () => P.addLine(doc, { title: '' }), 'required', 'title');
		expectRefused(doc, () => P.updateLine(doc, 'l1', { title: ' ' }), 'required');
		expectRefused(doc, () => P.moveLine(doc, 'l1', -1), 'invalid_number');
		expectRefused(doc, () => P.removeLine(doc, 'x'), 'not_found');
		expectRefused(doc, () => P.addObjective(doc, { lineId: 'x', title: 'y' }), 'dangling_link', 'lineId');
		expectRefused(doc, () => P.updateObjective(doc, 'x', { title: 'y' }), 'not_found');
		expectRefused(doc, () => P.moveObjective(doc, 'o1', { lineId: 'x' }), 'dangling_link');
		expectRefused(doc, () => P.removeObjective(doc, 'x'), 'not_found');
		expectRefused(doc, () => P.addAction(doc, { objectiveId: 'x', title: 'y' }), 'dangling_link');
		expectRefused(
			doc,
			() => P.addAction(doc, { objectiveId: 'o1', title: 'y', dueDate: '2019-02-30' }),
			'invalid_date'
		);
		expectRefused(
			doc,
			() => P.updateAction(doc, 'a1', { status: 'late' as never }),
			'invalid_value',
			'status'
		);
		expectRefused(doc, () => P.updateAction(doc, 'a1', { title: '' }), 'required');
		expectRefused(doc, () => P.moveAction(doc, 'a1', { objectiveId: 'l1' }), 'dangling_link', 'objectiveId');
		expectRefused(doc, () => P.removeAction(doc, 'x'), 'not_found');
		expectRefused(doc, () => P.updateStrategy(doc, { vision: 3 as never }), 'invalid_value', 'vision');
		expectRefused(doc, () => P.renamePlan(doc, ''), 'required');
	});
});
