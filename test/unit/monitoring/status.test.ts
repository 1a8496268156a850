import { describe, expect, it } from 'vitest';
import {
	STATUS_THRESHOLDS,
	expectedAt,
	indicatorProgress,
	planActuals,
	statusOfShare,
	targetPath,
	type Indicator,
	type IndicatorInput
} from '$lib/plan';
import { indicatorOf } from './plan-with';

/** The progress of indicator `x` with the given values (period → value), all approved. */
function progress(indicator: Indicator, values: Record<string, number>, currentYear = 2025) {
	const recorded = Object.entries(values).map(([period, value]) => ({
		indicatorId: indicator.id,
		period,
		value,
		approved: true
	}));
	return indicatorProgress(indicator, planActuals([indicator], recorded).get(indicator.id)!, currentYear);
}

/** The status of an annual indicator planned by `input` when `value` is recorded for `period`. */
function statusWith(input: Partial<IndicatorInput>, period: string, value: number) {
	return progress(indicatorOf(input), { [period]: value }).status;
}

// From 0 at the end of 2024 to 100 at the end of 2025.
const rising: Partial<IndicatorInput> = { baseline: 0, baselineYear: 2024, targets: { 2025: 100 } };

describe('the status rule', () => {
	it('separates the statuses at 90 % and 60 % of the planned change', () => {
		expect(STATUS_THRESHOLDS).toEqual({ onTrack: 0.9, atRisk: 0.6 });
		expect(statusOfShare(0.9)).toBe('on_track');
		expect(statusOfShare(0.8999)).toBe('at_risk');
		expect(statusOfShare(0.6)).toBe('at_risk');
		expect(statusOfShare(0.5999)).toBe('off_track');
		expect(statusOfShare(-1)).toBe('off_track');
		expect(statusOfShare(1.5)).toBe('on_track');
	});

	it('is on track at exactly 90 % of the change and at risk just below', () => {
		expect(statusWith(rising, '2025', 90)).toBe('on_track');
		expect(statusWith(rising, '2025', 89.9)).toBe('at_risk');
		expect(statusWith(rising, '2025', 120)).toBe('on_track');
	});

	it('is at risk at exactly 60 % of the change and off track just below', () => {
		expect(statusWith(rising, '2025', 60)).toBe('at_risk');
		expect(statusWith(rising, '2025', 59.9)).toBe('off_track');
		expect(statusWith(rising, '2025', -5)).toBe('off_track');
	});

	it('measures the change from the baseline, not from zero', () => {
		const from50 = { baseline: 50, baselineYear: 2024, targets: { 2025: 150 } };
		const result = progress(indicatorOf(from50), { 2025: 140 });
		expect(result).toMatchObject({ status: 'on_track', expected: 150, achieved: 0.9 });
		expect(statusWith(from50, '2025', 100)).toBe('off_track');
	});

	it('judges a falling target as a fall: a cost from 48 down to 42', () => {
		const cost = { baseline: 48, baselineYear: 2024, targets: { 2025: 42 } };
		expect(statusWith(cost, '2025', 42)).toBe('on_track');
		expect(statusWith(cost, '2025', 40)).toBe('on_track');
		expect(statusWith(cost, '2025', 43)).toBe('at_risk');
		expect(statusWith(cost, '2025', 45)).toBe('off_track');
		expect(statusWith(cost, '2025', 50)).toBe('off_track');
		expect(progress(indicatorOf(cost), { 2025: 43 }).achieved).toBeCloseTo(5 / 6);
	});

	it('puts the exact boundaries of a falling target where a rising one has them', () => {
		const cost = { baseline: 48, baselineYear: 2024, targets: { 2025: 38 } };
		expect(statusWith(cost, '2025', 39)).toBe('on_track');
		expect(statusWith(cost, '2025', 42)).toBe('at_risk');
		expect(statusWith(cost, '2025', 42.5)).toBe('off_track');
	});

	it('follows the straight path between yearly targets', () => {
		const plan = { baseline: 0, baselineYear: 2023, targets: { 2025: 100, 2027: 300 } };
		const indicator = indicatorOf(plan);
		expect(targetPath(indicator)).toEqual([
			{ time: 2023, value: 0 },
			{ time: 2025, value: 100 },
			{ time: 2027, value: 300 }
		]);
		expect(expectedAt(indicator, 2024)).toBe(50);
		expect(expectedAt(indicator, 2026)).toBe(200);
		expect(expectedAt(indicator, 2030)).toBe(300);
		expect(expectedAt(indicator, 2022)).toBeNull();
		expect(progress(indicator, { 2024: 45 })).toMatchObject({ status: 'on_track', expected: 50 });
		expect(progress(indicator, { 2026: 170 })).toMatchObject({ status: 'at_risk', expected: 200 });
	});

	it('without a baseline starts the path at the first target and counts the change from zero', () => {
		const plan = { targets: { 2024: 50, 2026: 100 } };
		const indicator = indicatorOf(plan);
		expect(targetPath(indicator)).toEqual([
			{ time: 2024, value: 50 },
			{ time: 2026, value: 100 }
		]);
		expect(progress(indicator, { 2025: 75 })).toMatchObject({ status: 'on_track', expected: 75 });
		expect(progress(indicator, { 2024: 45 })).toMatchObject({ status: 'on_track', achieved: 0.9 });
		// Before the path starts nothing was planned.
		expect(progress(indicator, { 2023: 10 }).status).toBe('no_target');
	});

	it('without a baseline still sees a falling target as a fall', () => {
		// A cost planned to fall from 48 to 42 that rose to 50 is off track, baseline or not.
		const cost = { targets: { 2024: 48, 2025: 42 } };
		expect(statusWith(cost, '2025', 42)).toBe('on_track');
		expect(statusWith(cost, '2025', 50)).toBe('off_track');
		expect(statusWith(cost, '2025', 48)).toBe('off_track');
	});

	it('has no target without targets, with or without a baseline', () => {
		expect(statusWith({}, '2025', 10)).toBe('no_target');
		expect(progress(indicatorOf({}), { 2025: 10 }).next).toBeNull();
		// A baseline is where the indicator started, not a plan: staying at it is not "on track".
		expect(statusWith({ baseline: 100, baselineYear: 2023 }, '2025', 150)).toBe('no_target');
		expect(statusWith({ baseline: 100, baselineYear: 2023 }, '2025', 100)).toBe('no_target');
	});

	it('has no data before any value, and names the next target from the current year', () => {
		const indicator = indicatorOf({ baseline: 0, baselineYear: 2024, targets: { 2025: 100, 2027: 200 } });
		expect(progress(indicator, {}, 2026)).toEqual({
			status: 'no_data',
			latest: null,
			expected: null,
			achieved: null,
			next: { year: 2027, target: 200, progress: null }
		});
		expect(progress(indicator, {}, 2030).next).toEqual({ year: 2027, target: 200, progress: null });
		expect(progress(indicatorOf({}), {}).status).toBe('no_data');
	});

	it('holds a flat target: staying at the baseline is on track, drifting away is not', () => {
		const flat = { baseline: 100, baselineYear: 2024, targets: { 2025: 100 } };
		expect(statusWith(flat, '2025', 100)).toBe('on_track');
		expect(statusWith(flat, '2025', 95)).toBe('on_track');
		expect(statusWith(flat, '2025', 80)).toBe('at_risk');
		expect(statusWith(flat, '2025', 50)).toBe('off_track');
	});
});

describe('part-year figures', () => {
	it('scales an incremental part-year total to the whole year before judging it', () => {
		const quarterly = indicatorOf({ ...rising, frequency: 'quarterly' });
		// Two quarters of 45 count as a year of 90: exactly on track.
		const half = progress(quarterly, { '2025-Q1': 25, '2025-Q2': 20 });
		expect(half).toMatchObject({ status: 'on_track', expected: 100, achieved: 0.9 });
		expect(half.latest).toMatchObject({ value: 45, share: 0.5 });
		expect(progress(quarterly, { '2025-Q1': 14 }).status).toBe('off_track');
		expect(progress(quarterly, { '2025-Q1': 15 }).status).toBe('at_risk');
	});

	it('compares a cumulative level with the path where it stands within the year', () => {
		const cumulative = indicatorOf({ ...rising, frequency: 'quarterly', cumulative: true });
		// The middle of 2025 is halfway from the baseline (end of 2024) to the 2025 target.
		expect(progress(cumulative, { '2025-Q2': 45 })).toMatchObject({
			status: 'on_track',
			expected: 50,
			achieved: 0.9
		});
		expect(progress(cumulative, { '2025-Q2': 30 })).toMatchObject({ status: 'at_risk', achieved: 0.6 });
		expect(progress(cumulative, { '2025-Q1': 10, '2025-Q3': 60 })).toMatchObject({
			status: 'at_risk',
			expected: 75
		});
		// A level is not scaled: 45 after two quarters is not 90.
		expect(progress(cumulative, { '2025-Q2': 45 }).latest!.value).toBe(45);
	});

	it('judges a cumulative year-end level against the year’s target', () => {
		const cumulative = indicatorOf({ ...rising, frequency: 'quarterly', cumulative: true });
		expect(progress(cumulative, { '2025-Q2': 45, '2025-Q4': 95 })).toMatchObject({
			status: 'on_track',
			expected: 100
		});
	});
});

describe('progress toward the next target', () => {
	const indicator = () => indicatorOf({ baseline: 10, baselineYear: 2024, targets: { 2025: 50, 2027: 110 } });

	it('measures the share of the change from the baseline to the next target', () => {
		expect(progress(indicator(), { 2026: 60 }).next).toEqual({ year: 2027, target: 110, progress: 0.5 });
		expect(progress(indicator(), { 2024: 30 }).next).toEqual({ year: 2025, target: 50, progress: 0.5 });
	});

	it('looks past a year once it is reported in full, not while it is partly reported', () => {
		expect(progress(indicator(), { 2025: 30 }).next).toEqual({ year: 2027, target: 110, progress: 0.2 });
		const quarterly = indicatorOf({
			baseline: 10,
			baselineYear: 2024,
			targets: { 2025: 50, 2027: 110 },
			frequency: 'quarterly'
		});
		expect(progress(quarterly, { '2025-Q1': 10 }).next).toEqual({ year: 2025, target: 50, progress: 0.75 });
		expect(
			progress(quarterly, { '2025-Q1': 10, '2025-Q2': 10, '2025-Q3': 10, '2025-Q4': 10 }).next?.year
		).toBe(2027);
	});

	it('keeps the last target once the plan’s years are over', () => {
		expect(progress(indicator(), { 2028: 120 }).next).toEqual({ year: 2027, target: 110, progress: 1.1 });
	});

	it('scales a part-year incremental figure for the next target as for the status', () => {
		const quarterly = indicatorOf({
			baseline: 0,
			baselineYear: 2024,
			targets: { 2025: 100 },
			frequency: 'quarterly'
		});
		expect(progress(quarterly, { '2025-Q1': 20 }).next).toEqual({ year: 2025, target: 100, progress: 0.8 });
	});
});
