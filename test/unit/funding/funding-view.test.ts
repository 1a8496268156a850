import { describe, expect, it } from 'vitest';
import * as P from '$lib/plan';
import type { MeasureChoice } from '$lib/funding/measure-choice';
import {
	barParts,
	isoDay,
	lineRows,
	measureMap,
	measureRef,
	yearRows,
	yearSpan
} from '$lib/components/funding/funding-view';
import { newPlan } from '../plan/plan-fixture';

const sums = (budget: number, secured: number, applied: number, planned: number, gap: number) => ({
	budget,
	secured,
	applied,
	planned,
	gap
});

/** Two strategic lines, a project on the second, one on none; two years and an unscheduled line. */
function plan() {
	const doc = newPlan();
	P.addLine(doc, { id: 'l1', title: { ru: 'Качество', kk: 'Сапа', en: 'Quality' } });
	P.addLine(doc, { id: 'l2', title: 'Markets' });
	P.addObjective(doc, { id: 'o2', lineId: 'l2', title: 'Export' });
	P.addProject(doc, { id: 'p1', title: 'Fair', objectiveIds: ['o2'] });
	P.addProject(doc, { id: 'p2', title: 'Depot' });
	P.addFundingLine(doc, { projectId: 'p1', amount: 200, fromYear: 2021, toYear: 2021, state: 'paid' });
	P.addFundingLine(doc, { projectId: 'p1', amount: 100, fromYear: 2020, state: 'applied' });
	P.addFundingLine(doc, { projectId: 'p2', amount: 50, state: 'refused' });
	return P.snapshot(doc);
}

describe('the rows of the funding page', () => {
	const data = plan();
	const picture = P.planFunding(data, new Map(), '2020-01-01');

	it('puts the years in order and the unscheduled money last', () => {
		expect(yearRows({ byYear: [...picture.byYear].reverse() }).map((row) => [row.key, row.budget])).toEqual([
			['2020', 100],
			['2021', 200],
			['unscheduled', 50]
		]);
	});

	it('numbers the strategic lines as the outline orders them, a line without money too, and no line last', () => {
		const rows = lineRows(picture, data.strategy.lines);
		expect(rows.map((row) => [row.key, row.line?.number ?? null, row.budget])).toEqual([
			['l1', 1, 0],
			['l2', 2, 300],
			['none', null, 50]
		]);
		expect(rows[0]!.line!.title.kk).toBe('Сапа');
	});

	it('leaves out a line the outline no longer holds', () => {
		const rows = lineRows(picture, data.strategy.lines.slice(1));
		expect(rows.map((row) => [row.key, row.line?.number ?? null])).toEqual([
			['l2', 1],
			['none', null]
		]);
	});
});

describe('the funding bar', () => {
	it('draws the parts that hold money, each with its share in percent to one decimal', () => {
		expect(barParts(sums(300, 100, 0, 150, 50))).toEqual([
			{ part: 'secured', amount: 100, share: 33.3 },
			{ part: 'planned', amount: 150, share: 50 },
			{ part: 'gap', amount: 50, share: 16.7 }
		]);
	});

	it('draws nothing for a plan without money', () => {
		expect(barParts(sums(0, 0, 0, 0, 0))).toEqual([]);
	});
});

describe('the measure a line names', () => {
	const subsidy: MeasureChoice = {
		id: 'subsidy',
		name: { ru: 'Субсидия', kk: 'Субсидия', en: 'Subsidy' },
		status: 'in_force',
		inForceFrom: null,
		inForceTo: null,
		maxPerProject: null,
		ownShare: 20
	};
	const measures = measureMap([subsidy]);

	it('is one of the list, none yet, or an id the list lacks', () => {
		expect(measureRef('subsidy', measures)).toEqual({ kind: 'listed', measure: subsidy });
		expect(measureRef(null, measures)).toEqual({ kind: 'none' });
		expect(measureRef('gone', measures)).toEqual({ kind: 'unknown', id: 'gone' });
		expect(measureRef('subsidy', measureMap([]))).toEqual({ kind: 'unknown', id: 'subsidy' });
	});
});

describe('the day of the picture', () => {
	it('is the UTC calendar day', () => {
		expect(isoDay(new Date('2024-03-01T23:30:00Z'))).toBe('2024-03-01');
	});
});

describe('the years of a line', () => {
	it('reads as a span, one year, or nothing when unscheduled', () => {
		expect(yearSpan({ fromYear: 2020, toYear: 2022 })).toBe('2020–2022');
		expect(yearSpan({ fromYear: 2021, toYear: 2021 })).toBe('2021');
		expect(yearSpan({ fromYear: null, toYear: 2023 })).toBe('2023');
		expect(yearSpan({ fromYear: 2019, toYear: null })).toBe('2019');
		expect(yearSpan({ fromYear: null, toYear: null })).toBeNull();
	});
});
