import { describe, expect, it } from 'vitest';
import {
	addDays,
	dayOf,
	daysBetween,
	deadlineOf,
	deadlineState,
	isDay,
	mayHaveDeadline,
	planSpan,
	reminderOf,
	remindersDue,
	reportingYears
} from '../../../src/lib/notifications/calendar';

describe('days of the reporting calendar', () => {
	it('reads only real days written YYYY-MM-DD', () => {
		expect(isDay('2024-02-29')).toBe(true);
		expect(isDay('2023-02-29')).toBe(false);
		expect(isDay('2025-13-01')).toBe(false);
		expect(isDay('20.02.2025')).toBe(false);
		expect(isDay(20250220)).toBe(false);
		expect(isDay(null)).toBe(false);
	});

	it('counts a moment in Almaty time, five hours ahead of UTC', () => {
		expect(dayOf(Date.parse('2025-02-19T18:59:00Z'))).toBe('2025-02-19');
		expect(dayOf(Date.parse('2025-02-19T19:00:00Z'))).toBe('2025-02-20');
	});

	it('adds and counts days across months and leap years', () => {
		expect(addDays('2024-02-20', -14)).toBe('2024-02-06');
		expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
		expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
		expect(daysBetween('2024-02-06', '2024-02-20')).toBe(14);
		expect(daysBetween('2024-02-21', '2024-02-20')).toBe(-1);
	});
});

describe('deadlineOf', () => {
	it('puts the report of a year on 20 February of the next by default', () => {
		expect(deadlineOf(2023)).toBe('2024-02-20');
		expect(deadlineOf(2023, null)).toBe('2024-02-20');
	});

	it('takes the plan’s own day when it set one', () => {
		expect(deadlineOf(2023, '2024-03-01')).toBe('2024-03-01');
	});
});

describe('deadlineState', () => {
	const due = '2024-02-20';
	it.each([
		['2024-01-01', 'later'],
		['2024-02-05', 'later'],
		['2024-02-06', 'soon'],
		['2024-02-19', 'soon'],
		['2024-02-20', 'due_today'],
		['2024-02-21', 'overdue'],
		['2025-06-01', 'overdue']
	] as const)('on %s a year not yet reported is %s', (today, state) => {
		expect(deadlineState(due, false, today)).toBe(state);
	});

	it('calls a submitted or approved year done whatever the day', () => {
		expect(deadlineState(due, true, '2024-01-01')).toBe('done');
		expect(deadlineState(due, true, '2024-03-01')).toBe('done');
	});
});

describe('reminders', () => {
	const due = '2024-02-20';
	it.each([
		['2024-02-05', null],
		['2024-02-06', { kind: 'soon', days: 14 }],
		['2024-02-16', { kind: 'soon', days: 14 }],
		['2024-02-17', { kind: 'soon', days: 3 }],
		['2024-02-20', { kind: 'soon', days: 3 }],
		['2024-02-21', { kind: 'passed' }]
	] as const)('on %s the reminder due is %j', (today, reminder) => {
		expect(reminderOf(due, false, today)).toEqual(reminder);
	});

	it('reminds nobody of a year already reported', () => {
		expect(reminderOf(due, true, '2024-02-17')).toBeNull();
		expect(reminderOf(due, true, '2024-03-01')).toBeNull();
	});

	it('lists the reminders of every open year whose moment has come', () => {
		const years = [
			{ year: 2022, dueOn: '2023-02-20', done: false },
			{ year: 2023, dueOn: '2024-02-20', done: false },
			{ year: 2021, dueOn: '2022-02-20', done: true },
			{ year: 2024, dueOn: '2025-02-20', done: false }
		];
		expect(remindersDue(years, '2024-02-10')).toEqual([
			{ year: 2022, dueOn: '2023-02-20', done: false, reminder: { kind: 'passed' } },
			{ year: 2023, dueOn: '2024-02-20', done: false, reminder: { kind: 'soon', days: 14 } }
		]);
	});
});

describe('the years a plan reports on', () => {
	it('spans its indicators, its projects and the years it recorded', () => {
		expect(planSpan({ first: 2019, last: 2025 }, ['2018-05-01', null, '2026-12-31'], [2019])).toEqual({
			first: 2018,
			last: 2026
		});
		expect(planSpan(null, [], [])).toBeNull();
		expect(planSpan(null, [null], [2021])).toEqual({ first: 2021, last: 2021 });
	});

	it('runs from the first year to this one, this year included', () => {
		expect(reportingYears({ first: 2019, last: 2025 }, 2022)).toEqual([2019, 2020, 2021, 2022]);
	});

	it('stops at the plan’s last year once it has ended', () => {
		expect(reportingYears({ first: 2019, last: 2021 }, 2024)).toEqual([2019, 2020, 2021]);
	});

	it('lists nothing before the plan starts, but a later year whose day was set', () => {
		expect(reportingYears({ first: 2025, last: 2027 }, 2024)).toEqual([]);
		expect(reportingYears({ first: 2019, last: 2025 }, 2022, [2024, 2030])).toEqual([
			2019, 2020, 2021, 2022, 2024
		]);
	});

	it('lets a plan set a day only for a year of its span', () => {
		expect(mayHaveDeadline({ first: 2019, last: 2025 }, 2025)).toBe(true);
		expect(mayHaveDeadline({ first: 2019, last: 2025 }, 2026)).toBe(false);
		expect(mayHaveDeadline(null, 2020)).toBe(false);
	});
});
