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
import {
	amountForInput,
	formulaChoices,
	formulaUsers,
	groupIndicators,
	insertCode,
	linkChoices,
	linkedItem,
	nextTargetYear,
	parseAmount,
	sortIndicators,
	targetYears,
	unknownCodes,
	yearSpan
} from '$lib/components/indicators/indicator-view';

// Two lines (the second without objectives), three objectives, one project, and seven indicators
// at every level, linked to objectives, the project or nothing; three of them are formulas
// (AVG over EXP1 and EXP2, TOTAL over AVG), so choices must steer clear of cycles.
function plan(): PlanData {
	const doc = new Y.Doc();
	initPlan(doc, { id: 'plan', title: 'Flour' });
	addLine(doc, { id: 'markets', title: 'Markets' });
	addLine(doc, { id: 'empty', title: 'Empty line' });
	addObjective(doc, { id: 'exports', lineId: 'markets', title: 'Exports' });
	addObjective(doc, { id: 'quality', lineId: 'markets', title: 'Quality' });
	addObjective(doc, { id: 'idle', lineId: 'markets', title: 'Nothing measured' });
	addProject(doc, { id: 'lab', title: 'Shared laboratory', objectiveIds: ['quality'] });
	addIndicator(doc, { id: 'i10', code: 'I10', name: 'Tenth', level: 'output', linkId: 'lab' });
	addIndicator(doc, { id: 'i2', code: 'I2', name: 'Second', level: 'outcome', linkId: 'quality' });
	addIndicator(doc, {
		id: 'exp1',
		code: 'EXP1',
		name: 'Exports north',
		level: 'outcome',
		linkId: 'exports',
		baseline: 410,
		baselineYear: 2018,
		targets: { 2025: 600, 2021: 480 }
	});
	addIndicator(doc, { id: 'exp2', code: 'EXP2', name: 'Exports south', level: 'outcome', linkId: 'exports' });
	addIndicator(doc, { id: 'avg', code: 'AVG', name: 'Average', level: 'impact', formula: 'EXP1 + EXP2' });
	addIndicator(doc, { id: 'total', code: 'TOTAL', name: 'Total', level: 'impact', formula: 'AVG * 2' });
	addIndicator(doc, { id: 'free', code: 'FREE', name: 'Free', level: 'impact' });
	return snapshot(doc);
}

const codes = (list: readonly Indicator[]) => list.map((indicator) => indicator.code);

describe('sorting and grouping', () => {
	it('sorts codes as people count, I2 before I10', () => {
		expect(codes(sortIndicators(plan().indicators))).toEqual([
			'AVG',
			'EXP1',
			'EXP2',
			'FREE',
			'I2',
			'I10',
			'TOTAL'
		]);
	});

	it('groups by level into impact, outcome and output, each in code order', () => {
		const groups = groupIndicators(plan(), 'level');
		expect(groups.map((group) => group.kind === 'level' && group.level)).toEqual([
			'impact',
			'outcome',
			'output'
		]);
		expect(groups.map((group) => codes(group.indicators))).toEqual([
			['AVG', 'FREE', 'TOTAL'],
			['EXP1', 'EXP2', 'I2'],
			['I10']
		]);
	});

	it('keeps an empty level as a group of its own', () => {
		const data = plan();
		data.indicators = data.indicators.filter((indicator) => indicator.level !== 'output');
		expect(groupIndicators(data, 'level')[2]!.indicators).toEqual([]);
	});

	it('groups by link into objectives in strategy order, then projects, then the unlinked', () => {
		const groups = groupIndicators(plan(), 'link');
		expect(groups.map((group) => group.key)).toEqual([
			'objective-exports',
			'objective-quality',
			'project-lab',
			'unlinked'
		]);
		expect(groups.map((group) => codes(group.indicators))).toEqual([
			['EXP1', 'EXP2'],
			['I2'],
			['I10'],
			['AVG', 'FREE', 'TOTAL']
		]);
		const first = groups[0]!;
		expect(first.kind === 'objective' && first.line.id).toBe('markets');
	});

	it('finds what an indicator tracks, and nothing when it tracks nothing', () => {
		const data = plan();
		const byCode = (code: string) => data.indicators.find((indicator) => indicator.code === code)!;
		const exp1 = linkedItem(data, byCode('EXP1'));
		expect(exp1?.kind === 'objective' && [exp1.line.id, exp1.objective.id]).toEqual(['markets', 'exports']);
		const lab = linkedItem(data, byCode('I10'));
		expect(lab?.kind === 'project' && lab.project.id).toBe('lab');
		expect(linkedItem(data, byCode('FREE'))).toBeNull();
	});

	it('offers objectives under their lines, skipping lines without objectives, and every project', () => {
		const choices = linkChoices(plan());
		expect(choices.lines.map(({ line, objectives }) => [line.id, objectives.map((o) => o.id)])).toEqual([
			['markets', ['exports', 'quality', 'idle']]
		]);
		expect(choices.projects.map((project) => project.id)).toEqual(['lab']);
	});
});

describe('target years', () => {
	it('lists target years in order', () => {
		const exp1 = plan().indicators.find((indicator) => indicator.id === 'exp1')!;
		expect(targetYears(exp1)).toEqual([2021, 2025]);
	});

	it('starts a new target after the last one, else after the baseline, else this year', () => {
		const data = plan();
		const exp1 = data.indicators.find((indicator) => indicator.id === 'exp1')!;
		expect(nextTargetYear(exp1, 2024)).toBe(2026);
		expect(nextTargetYear({ ...exp1, targets: {} }, 2024)).toBe(2019);
		expect(nextTargetYear({ ...exp1, targets: {}, baselineYear: null }, 2024)).toBe(2024);
	});

	it('spans the baseline and target years of several indicators', () => {
		const data = plan();
		expect(yearSpan(data.indicators)).toEqual({ from: 2018, to: 2025 });
		expect(yearSpan(data.indicators.filter((indicator) => indicator.id !== 'exp1'))).toBeNull();
	});
});

describe('formulas', () => {
	it('lets a formula use every other indicator that does not depend on it', () => {
		const data = plan();
		// EXP1 is used by AVG, which TOTAL uses: EXP1 may use neither, nor itself.
		expect(codes(formulaChoices(data, 'exp1'))).toEqual(['EXP2', 'FREE', 'I2', 'I10']);
		expect(codes(formulaChoices(data, 'total'))).toEqual(['AVG', 'EXP1', 'EXP2', 'FREE', 'I2', 'I10']);
		expect(codes(formulaChoices(data, 'free'))).toContain('TOTAL');
	});

	it('names the indicators whose formulas use one directly', () => {
		const data = plan();
		expect(codes(formulaUsers(data, 'exp1'))).toEqual(['AVG']);
		expect(codes(formulaUsers(data, 'avg'))).toEqual(['TOTAL']);
		expect(formulaUsers(data, 'free')).toEqual([]);
	});

	it('inserts a code at the caret with a space where it would touch a word', () => {
		expect(insertCode('', 0, 0, 'EXP1')).toEqual({ text: 'EXP1', caret: 4 });
		expect(insertCode('EXP1 +', 6, 6, 'EXP2')).toEqual({ text: 'EXP1 + EXP2', caret: 11 });
		expect(insertCode('(EXP1 + ) / 2', 8, 8, 'EXP2')).toEqual({ text: '(EXP1 + EXP2) / 2', caret: 12 });
		expect(insertCode('(', 1, 1, 'A')).toEqual({ text: '(A', caret: 2 });
		expect(insertCode('2*', 2, 2, 'A')).toEqual({ text: '2* A', caret: 4 });
	});

	it('names the codes a formula uses that no indicator has, once each', () => {
		expect(unknownCodes(plan(), '(EXP1 + EXP9) / 2 + exp9 + EXP9 * 1.5')).toEqual(['EXP9', 'exp9']);
		expect(unknownCodes(plan(), 'AVG + {avg} * 2')).toEqual([]);
	});

	it('replaces the selected text with the code', () => {
		expect(insertCode('OLD + 1', 0, 3, 'NEW')).toEqual({ text: 'NEW + 1', caret: 3 });
	});
});

describe('numbers people type', () => {
	it('reads Russian and Kazakh numbers with a decimal comma and spaces between thousands', () => {
		expect(parseAmount('1 500,5', true)).toBe(1500.5);
		expect(parseAmount('1\u00a0500', true)).toBe(1500);
		expect(parseAmount('-2,25', true)).toBe(-2.25);
		expect(parseAmount('3.5', true)).toBe(3.5);
	});

	it('reads English numbers with commas between thousands', () => {
		expect(parseAmount('1,500.5', false)).toBe(1500.5);
		expect(parseAmount('1,500', false)).toBe(1500);
		expect(parseAmount('0.75', false)).toBe(0.75);
	});

	it('takes an empty field as no value and refuses what is not a number', () => {
		expect(parseAmount('  ', true)).toBeNull();
		expect(parseAmount('ten', false)).toBe('invalid');
		expect(parseAmount('1,2,3', true)).toBe('invalid');
		expect(parseAmount('1e999', false)).toBe('invalid');
	});

	it('shows a value for editing in a form the same reader can type back', () => {
		for (const comma of [true, false]) {
			for (const value of [0, 1500, -2.25, 0.001]) {
				expect(parseAmount(amountForInput(value, comma), comma)).toBe(value);
			}
		}
		expect(amountForInput(2.5, true)).toBe('2,5');
		expect(amountForInput(null, true)).toBe('');
	});
});
