import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { demoPlans } from '../../../src/lib/server/demo/plans';
import { PLAN_BOUNDS, planDataProblem, snapshot, updateLine, type PlanData } from '../../../src/lib/plan';

/** The snapshot of every demo plan. */
function demoData(): PlanData[] {
	return Object.values(demoPlans).map((build) => {
		const doc = new Y.Doc();
		build(doc);
		const data = snapshot(doc);
		doc.destroy();
		return data;
	});
}

describe('the shape of stored plan data', () => {
	it('finds nothing wrong with the snapshot of any demo plan', () => {
		for (const data of demoData()) expect(planDataProblem(data), data.id).toBeNull();
	});

	it('reads marks of outdated translations, and data saved before them without any', () => {
		const doc = new Y.Doc();
		demoPlans[Object.keys(demoPlans)[0]!]!(doc);
		const [line] = snapshot(doc).strategy.lines;
		updateLine(doc, line!.id, {
			title: { en: `${line!.title.en} (revised)`, ru: line!.title.ru || 'Рынки' }
		});
		updateLine(doc, line!.id, { title: { en: `${line!.title.en} (revised twice)` } });
		const marked = snapshot(doc);
		expect(marked.strategy.lines[0]!.outdated).toBeDefined();
		expect(planDataProblem(marked)).toBeNull();
		const junk = structuredClone(marked) as PlanData;
		(junk.strategy.lines[0] as Record<string, unknown>).outdated = { title: { ru: 'fr' } };
		expect(planDataProblem(junk)).toBe('plan.strategy.lines[0].outdated is not outdated?');
		(junk.strategy.lines[0] as Record<string, unknown>).outdated = 'ru';
		expect(planDataProblem(junk)).toBe('plan.strategy.lines[0].outdated is not outdated?');
		(junk.strategy as Record<string, unknown>).outdated = { vision: ['ru'] };
		delete junk.strategy.lines[0]!.outdated;
		expect(planDataProblem(junk)).toBe('plan.strategy.outdated is not outdated?');
	});

	it('names the first place where stored data is not shaped as plan data', () => {
		const [data] = demoData();
		const changed = (change: (copy: Record<string, unknown> & PlanData) => void) => {
			const copy = structuredClone(data!) as Record<string, unknown> & PlanData;
			change(copy);
			return planDataProblem(copy);
		};
		expect(planDataProblem(null)).toBe('plan is not an object');
		expect(planDataProblem({ junk: true })).toBe('plan.id is not text');
		expect(changed((d) => ((d as Record<string, unknown>).projects = 'junk'))).toBe(
			'plan.projects is not a list'
		);
		expect(changed((d) => ((d.projects[0] as Record<string, unknown>).budget = 'a lot'))).toBe(
			'plan.projects[0].budget is not number'
		);
		expect(changed((d) => ((d.strategy as Record<string, unknown>).lines = {}))).toBe(
			'plan.strategy.lines is not a list'
		);
		expect(changed((d) => ((d.map.nodes[0] as Record<string, unknown>).x = Infinity))).toBe(
			'plan.map.nodes[0].x is not number'
		);
		expect(changed((d) => (d.strategy.vision = { ru: '', kk: '' } as PlanData['strategy']['vision']))).toBe(
			'plan.strategy.vision is not localized'
		);
		expect(changed((d) => (d.indicators[0]!.formula = 'A+'.repeat(PLAN_BOUNDS.formulaLength)))).toBe(
			'plan.indicators[0].formula is too long'
		);
		expect(changed((d) => (d.title.ru = 't'.repeat(PLAN_BOUNDS.richText + 1)))).toBe(
			'plan.title is not localized'
		);
	});
});
