import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
	addIndicator,
	addLine,
	addObjective,
	addProject,
	initPlan,
	snapshot,
	type Indicator,
	type PlanData
} from '$lib/plan';
import { logframe, milestones } from '$lib/components/logframe/logframe';

// One line with two objectives; a project serving both objectives and one serving none; indicators
// at every level on objectives, on the projects, and on nothing.
function plan(): PlanData {
	const doc = new Y.Doc();
	initPlan(doc, { id: 'plan', title: 'Milk' });
	addLine(doc, { id: 'supply', title: 'Raw milk supply' });
	addLine(doc, { id: 'brand', title: 'Regional brand' });
	addObjective(doc, {
		id: 'yield',
		lineId: 'supply',
		title: 'Higher yields',
		assumptions: { en: 'Feed prices stay stable', ru: 'Цены на корма стабильны' }
	});
	addObjective(doc, { id: 'cooling', lineId: 'supply', title: 'Cooled milk' });
	addProject(doc, { id: 'centres', title: 'Collection centres', objectiveIds: ['yield', 'cooling'] });
	addProject(doc, { id: 'fair', title: 'Trade fair' });
	addIndicator(doc, { id: 'o2', code: 'O2', name: 'Cows per farm', level: 'output', linkId: 'yield' });
	addIndicator(doc, { id: 'y1', code: 'Y1', name: 'Litres per cow', level: 'outcome', linkId: 'yield' });
	addIndicator(doc, { id: 'imp', code: 'IMP', name: 'Dairy exports', level: 'impact', linkId: 'yield' });
	addIndicator(doc, { id: 'c1', code: 'C1', name: 'Centres built', level: 'output', linkId: 'centres' });
	addIndicator(doc, { id: 'c0', code: 'C0', name: 'Farms served', level: 'outcome', linkId: 'centres' });
	addIndicator(doc, { id: 'f1', code: 'F1', name: 'Visitors', level: 'output', linkId: 'fair' });
	addIndicator(doc, { id: 'n2', code: 'N2', name: 'Jobs', level: 'output' });
	addIndicator(doc, { id: 'n1', code: 'N1', name: 'Regional GDP share', level: 'impact' });
	return snapshot(doc);
}

const codes = (list: readonly Indicator[]) => list.map((indicator) => indicator.code);

describe('the logframe', () => {
	it('has a table per line and a row per objective, with its assumptions', () => {
		const { tables } = logframe(plan());
		expect(tables.map((table) => [table.line.id, table.rows.map((row) => row.objective.id)])).toEqual([
			['supply', ['yield', 'cooling']],
			['brand', []]
		]);
		expect(tables[0]!.rows[0]!.objective.assumptions.ru).toBe('Цены на корма стабильны');
	});

	it('lists an objective’s indicators top-down: impact, outcome, output', () => {
		const row = logframe(plan()).tables[0]!.rows[0]!;
		expect(codes(row.indicators)).toEqual(['IMP', 'Y1', 'O2']);
	});

	it('shows a project under every objective it serves, with the indicators linked to it', () => {
		const [yieldRow, coolingRow] = logframe(plan()).tables[0]!.rows;
		for (const row of [yieldRow!, coolingRow!]) {
			expect(row.projects.map(({ project, indicators }) => [project.id, codes(indicators)])).toEqual([
				['centres', ['C0', 'C1']]
			]);
		}
		expect(coolingRow!.indicators).toEqual([]);
	});

	it('keeps, last, the indicators that track nothing (impact first) and projects serving no objective', () => {
		const { loose } = logframe(plan());
		expect(codes(loose.indicators)).toEqual(['N1', 'N2']);
		expect(loose.projects.map(({ project, indicators }) => [project.id, codes(indicators)])).toEqual([
			['fair', ['F1']]
		]);
	});

	it('shows every indicator exactly once when every project serves at most one objective', () => {
		const data = plan();
		data.projects = data.projects.map((p) => (p.id === 'centres' ? { ...p, objectiveIds: ['yield'] } : p));
		const { tables, loose } = logframe(data);
		const shown = [
			...loose.indicators,
			...loose.projects.flatMap((p) => p.indicators),
			...tables.flatMap((table) =>
				table.rows.flatMap((row) => [...row.indicators, ...row.projects.flatMap((p) => p.indicators)])
			)
		];
		expect(codes(shown).sort()).toEqual(codes(data.indicators).sort());
	});
});

describe('baseline and targets', () => {
	it('reads baseline then targets in year order', () => {
		const indicator = {
			...plan().indicators[0]!,
			baseline: 410,
			baselineYear: 2018,
			targets: { '2025': 600, '2021': 480 }
		};
		expect(milestones(indicator)).toEqual([
			{ year: 2018, value: 410, baseline: true },
			{ year: 2021, value: 480, baseline: false },
			{ year: 2025, value: 600, baseline: false }
		]);
	});

	it('starts with the first target when there is no baseline', () => {
		const indicator = { ...plan().indicators[0]!, baseline: null, targets: { '2030': 1 } };
		expect(milestones(indicator)).toEqual([{ year: 2030, value: 1, baseline: false }]);
	});
});
