import { describe, expect, it } from 'vitest';
import {
	MAX_NOTE_LENGTH,
	PERIOD_STATES,
	PLAN_BOUNDS,
	checkValue,
	findIndicator,
	isPlanError,
	readNumber,
	readValue,
	type PeriodState,
	type ValueInput
} from '$lib/plan';
import { indicatorsOf } from './plan-with';

const indicators = indicatorsOf(
	{ id: 'milk', code: 'MILK', name: 'Milk delivered', frequency: 'quarterly' },
	{ id: 'farms', code: 'FARMS', name: 'Farms', cumulative: true },
	{ id: 'yield', code: 'YIELD', name: 'Milk per farm', formula: 'MILK / FARMS' }
);

const open = (): PeriodState => 'in_progress';

function check(input: Partial<ValueInput>, stateOfYear: (year: number) => PeriodState = open) {
	return checkValue(indicators, { indicator: 'milk', period: '2025-Q1', value: 12, ...input }, stateOfYear);
}

function refusal(run: () => unknown) {
	try {
		run();
	} catch (error) {
		if (isPlanError(error)) return { code: error.code, field: error.field };
		throw error;
	}
	throw new Error('expected a refusal');
}

describe('checking a value before it is recorded', () => {
	it('gives the value in canonical form, with an empty note and evidence when none is given', () => {
		expect(check({ period: 'q1 2025', value: '12,5' })).toEqual({
			indicatorId: 'milk',
			period: '2025-Q1',
			value: 12.5,
			note: '',
			evidence: ''
		});
		expect(
			check({ note: '  from the dairy register  ', evidence: 'https://example.org/register.pdf' })
		).toMatchObject({ note: 'from the dairy register', evidence: 'https://example.org/register.pdf' });
		expect(check({ evidence: 'http://example.org' }).evidence).toBe('http://example.org/');
	});

	it('finds the indicator by id or by code, in any case', () => {
		expect(check({ indicator: 'milk' }).indicatorId).toBe('milk');
		expect(check({ indicator: 'MILK' }).indicatorId).toBe('milk');
		expect(check({ indicator: ' milk ' }).indicatorId).toBe('milk');
		expect(check({ indicator: 'farms', period: '2025' }).indicatorId).toBe('farms');
		expect(check({ indicator: 'Farms', period: '2025' }).indicatorId).toBe('farms');
		expect(findIndicator(indicators, 'fArMs')?.id).toBe('farms');
		expect(findIndicator(indicators, null)).toBeUndefined();
	});

	it('refuses an unknown indicator, by id or by code', () => {
		expect(refusal(() => check({ indicator: 'cheese' }))).toEqual({ code: 'not_found', field: 'indicator' });
		expect(refusal(() => check({ indicator: 'CHEESE' }))).toEqual({ code: 'not_found', field: 'indicator' });
		expect(refusal(() => check({ indicator: undefined }))).toEqual({ code: 'not_found', field: 'indicator' });
		expect(refusal(() => check({ indicator: { id: 'milk' } }))).toEqual({
			code: 'not_found',
			field: 'indicator'
		});
	});

	it('refuses a value for a formula indicator, which is computed', () => {
		expect(refusal(() => check({ indicator: 'yield', period: '2025' }))).toEqual({
			code: 'computed_indicator',
			field: 'indicator'
		});
		expect(refusal(() => check({ indicator: 'YIELD', period: '2025' })).code).toBe('computed_indicator');
	});

	it('refuses a period that is not one of the indicator’s', () => {
		for (const period of ['2025', '2025-Q5', '2025-03', 'next spring', '', undefined]) {
			expect(
				refusal(() => check({ period })),
				String(period)
			).toEqual({ code: 'invalid_period', field: 'period' });
		}
		expect(refusal(() => check({ indicator: 'farms', period: '2025-Q1' })).code).toBe('invalid_period');
	});

	it('refuses a value that is not a number', () => {
		for (const value of [
			'abc',
			'',
			'  ',
			'12 kg',
			'1,234.5',
			'Infinity',
			'1e400',
			NaN,
			Infinity,
			-Infinity,
			null,
			undefined,
			true,
			{}
		]) {
			expect(
				refusal(() => check({ value })),
				String(value)
			).toEqual({ code: 'invalid_number', field: 'value' });
		}
	});

	it('refuses a number past the bounds of the targets it is compared with', () => {
		expect(check({ value: PLAN_BOUNDS.measure }).value).toBe(PLAN_BOUNDS.measure);
		expect(check({ value: -PLAN_BOUNDS.measure }).value).toBe(-PLAN_BOUNDS.measure);
		for (const value of [PLAN_BOUNDS.measure * 10, -1e300, '2e16']) {
			expect(
				refusal(() => check({ value })),
				String(value)
			).toEqual({ code: 'invalid_number', field: 'value' });
		}
	});

	it('reads a value the same way whether or not its year is asked about', () => {
		const input = { indicator: 'MILK', period: 'q2 2025', value: '7,5', note: ' dairy ' };
		expect(readValue(indicators, input)).toEqual(checkValue(indicators, input, open));
		expect(refusal(() => readValue(indicators, { ...input, period: 'Q9-xyz' }))).toEqual({
			code: 'invalid_period',
			field: 'period'
		});
	});

	it('reads numbers as spreadsheets and people write them', () => {
		expect(check({ value: '1 234,5' }).value).toBe(1234.5);
		expect(readNumber('1\u00a0234,5')).toBe(1234.5);
		expect(readNumber('1\u202f234')).toBe(1234);
		expect(readNumber('1234.5')).toBe(1234.5);
		expect(readNumber('-3,25')).toBe(-3.25);
		expect(readNumber('.5')).toBe(0.5);
		expect(readNumber('2e3')).toBe(2000);
		expect(readNumber(0)).toBe(0);
		expect(readNumber(-7.5)).toBe(-7.5);
	});

	it('refuses an evidence link that is not http or https', () => {
		for (const evidence of [
			'ftp://example.org/file',
			'javascript:alert(1)',
			'file:///etc/passwd',
			'example.org/report',
			'a report',
			42
		]) {
			expect(
				refusal(() => check({ evidence })),
				String(evidence)
			).toEqual({ code: 'invalid_value', field: 'evidence' });
		}
		expect(check({ evidence: '   ' }).evidence).toBe('');
		expect(check({ evidence: null }).evidence).toBe('');
	});

	it('refuses a note longer than the limit, and a note that is not text', () => {
		expect(check({ note: 'x'.repeat(MAX_NOTE_LENGTH) }).note).toHaveLength(MAX_NOTE_LENGTH);
		expect(refusal(() => check({ note: 'x'.repeat(MAX_NOTE_LENGTH + 1) }))).toEqual({
			code: 'invalid_value',
			field: 'note'
		});
		expect(refusal(() => check({ note: 5 }))).toEqual({ code: 'invalid_value', field: 'note' });
	});

	it('refuses a value for a submitted or approved year, and only for that year', () => {
		const lockedIn2025 =
			(state: PeriodState) =>
			(year: number): PeriodState =>
				year === 2025 ? state : 'in_progress';
		for (const state of ['submitted', 'approved'] as const) {
			expect(
				refusal(() => check({}, lockedIn2025(state))),
				state
			).toEqual({ code: 'period_locked', field: 'period' });
			expect(check({ period: '2026-Q1' }, lockedIn2025(state)).period).toBe('2026-Q1');
		}
	});

	it('takes a value for a year with no data, in progress or returned', () => {
		for (const state of PERIOD_STATES.filter((s) => s !== 'submitted' && s !== 'approved')) {
			expect(check({}, () => state).value, state).toBe(12);
		}
	});

	it('asks the state of the year the period belongs to', () => {
		const asked: number[] = [];
		check({ period: '2027-Q4' }, (year) => {
			asked.push(year);
			return 'returned';
		});
		expect(asked).toEqual([2027]);
	});
});
