import { describe, expect, it } from 'vitest';
import {
	defaultPeriod,
	defaultYear,
	recordingYears,
	stepsFor,
	yearsShown,
	type ReportingYear
} from '$lib/components/monitoring/reporting-years';

const coordinator = { submitPeriod: true, reviewPeriod: false };
const reviewer = { submitPeriod: false, reviewPeriod: true };

describe('the reporting years of the monitoring view', () => {
	it('lists every year with a step and this year as no data, newest first', () => {
		const years: ReportingYear[] = [
			{ year: 2021, state: 'approved', steps: [] },
			{ year: 2022, state: 'submitted', steps: [] }
		];
		expect(yearsShown(years, 2026).map((y) => [y.year, y.state])).toEqual([
			[2026, 'no_data'],
			[2022, 'submitted'],
			[2021, 'approved']
		]);
		expect(yearsShown([{ year: 2026, state: 'in_progress', steps: [] }], 2026)).toHaveLength(1);
	});

	it("offers coordinators the recording side's steps and reviewers theirs, as the state allows", () => {
		expect(stepsFor('no_data', coordinator)).toEqual([]);
		expect(stepsFor('in_progress', coordinator)).toEqual(['submit']);
		expect(stepsFor('in_progress', reviewer)).toEqual([]);
		expect(stepsFor('submitted', coordinator)).toEqual(['withdraw']);
		expect(stepsFor('submitted', reviewer)).toEqual(['return', 'approve']);
		expect(stepsFor('approved', reviewer)).toEqual(['reopen']);
		expect(stepsFor('approved', coordinator)).toEqual([]);
		expect(stepsFor('returned', coordinator)).toEqual(['submit']);
	});

	it('offers recording from the year after the baseline to this year or the last target', () => {
		expect(recordingYears({ baselineYear: 2018, targets: { 2021: 1, 2025: 2 } }, 2024)).toEqual([
			2019, 2020, 2021, 2022, 2023, 2024, 2025
		]);
		expect(recordingYears({ baselineYear: null, targets: { 2022: 1 } }, 2024)).toEqual([2022, 2023, 2024]);
		expect(recordingYears({ baselineYear: null, targets: {} }, 2024)).toEqual([2024]);
	});

	it('chooses the latest period begun by now, or the first of a year to come', () => {
		const august = new Date(2025, 7, 15);
		expect(defaultPeriod('quarterly', 2025, august)).toBe('2025-Q3');
		expect(defaultPeriod('monthly', 2025, august)).toBe('2025-08');
		expect(defaultPeriod('semiannual', 2025, august)).toBe('2025-H2');
		expect(defaultPeriod('annual', 2025, august)).toBe('2025');
		expect(defaultPeriod('quarterly', 2024, august)).toBe('2024-Q4');
		expect(defaultPeriod('quarterly', 2026, august)).toBe('2026-Q1');
	});

	it("offers first the plan's latest reporting year, not the calendar year, skipping locked years", () => {
		// A 2019–2025 plan read in 2026: the form offers 2019–2026 and starts on 2025.
		const years = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
		const none = () => false;
		expect(defaultYear(years, 2025, none)).toBe(2025);
		// 2025 submitted and 2024 approved: the latest year that still takes values.
		expect(defaultYear(years, 2025, (year) => year >= 2024)).toBe(2023);
		// Every year by then locked: the latest reporting year all the same (the form says why).
		expect(defaultYear(years, 2025, (year) => year <= 2025)).toBe(2025);
		// An indicator whose own years start after the plan's latest reporting year.
		expect(defaultYear([2027, 2028], 2025, none)).toBe(2027);
		expect(defaultYear([], 2025, none)).toBe(2025);
	});

	it("lists the plan's latest reporting year even before anything is recorded for it", () => {
		const years: ReportingYear[] = [{ year: 2022, state: 'submitted', steps: [] }];
		expect(yearsShown(years, 2025).map((y) => y.year)).toEqual([2025, 2022]);
	});
});
