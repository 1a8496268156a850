import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	FREQUENCIES,
	comparePeriods,
	isPeriodKey,
	isPlanError,
	parsePeriod,
	periodLength,
	periodShare,
	periodTime,
	periodYear,
	periodsOfYear,
	type Frequency
} from '$lib/plan';

function refusal(run: () => unknown) {
	try {
		run();
	} catch (error) {
		if (isPlanError(error)) return { code: error.code, field: error.field };
		throw error;
	}
	throw new Error('expected a refusal');
}

describe('period keys', () => {
	it('lists a year’s periods in time order for every frequency', () => {
		expect(periodsOfYear('annual', 2025)).toEqual(['2025']);
		expect(periodsOfYear('semiannual', 2025)).toEqual(['2025-H1', '2025-H2']);
		expect(periodsOfYear('quarterly', 2025)).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
		expect(periodsOfYear('monthly', 2025)).toEqual([
			'2025-01',
			'2025-02',
			'2025-03',
			'2025-04',
			'2025-05',
			'2025-06',
			'2025-07',
			'2025-08',
			'2025-09',
			'2025-10',
			'2025-11',
			'2025-12'
		]);
	});

	it('keeps canonical keys as they are', () => {
		expect(parsePeriod('2025', 'annual')).toBe('2025');
		expect(parsePeriod('2025-H2', 'semiannual')).toBe('2025-H2');
		expect(parsePeriod('2025-Q3', 'quarterly')).toBe('2025-Q3');
		expect(parsePeriod('2025-07', 'monthly')).toBe('2025-07');
	});

	it('reads the forms people and spreadsheets write', () => {
		expect(parsePeriod(2025, 'annual')).toBe('2025');
		expect(parsePeriod(' 2025 ', 'annual')).toBe('2025');
		expect(parsePeriod('Q1 2025', 'quarterly')).toBe('2025-Q1');
		expect(parsePeriod('2025 q1', 'quarterly')).toBe('2025-Q1');
		expect(parsePeriod('2025q4', 'quarterly')).toBe('2025-Q4');
		expect(parsePeriod('q2-2025', 'quarterly')).toBe('2025-Q2');
		expect(parsePeriod('h2 2025', 'semiannual')).toBe('2025-H2');
		expect(parsePeriod('2025/H1', 'semiannual')).toBe('2025-H1');
		expect(parsePeriod('03.2025', 'monthly')).toBe('2025-03');
		expect(parsePeriod('3/2025', 'monthly')).toBe('2025-03');
		expect(parsePeriod('2025-3', 'monthly')).toBe('2025-03');
		expect(parsePeriod('2025.12', 'monthly')).toBe('2025-12');
	});

	it('refuses a period of another frequency than the indicator’s', () => {
		expect(refusal(() => parsePeriod('2025-Q1', 'annual'))).toEqual({
			code: 'invalid_period',
			field: 'period'
		});
		expect(refusal(() => parsePeriod('2025', 'quarterly')).code).toBe('invalid_period');
		expect(refusal(() => parsePeriod('2025-H1', 'quarterly')).code).toBe('invalid_period');
		expect(refusal(() => parsePeriod('2025-03', 'quarterly')).code).toBe('invalid_period');
		expect(refusal(() => parsePeriod('2025-Q1', 'monthly')).code).toBe('invalid_period');
	});

	it('refuses quarters, halves and months that do not exist', () => {
		for (const [input, frequency] of [
			['2025-Q5', 'quarterly'],
			['2025-Q0', 'quarterly'],
			['2025-H3', 'semiannual'],
			['2025-H0', 'semiannual'],
			['2025-13', 'monthly'],
			['2025-00', 'monthly'],
			['00.2025', 'monthly']
		] as [string, Frequency][]) {
			expect(
				refusal(() => parsePeriod(input, frequency)),
				input
			).toEqual({
				code: 'invalid_period',
				field: 'period'
			});
		}
	});

	it('refuses garbage, names the field asked for and shows the expected form', () => {
		for (const input of [
			'',
			'   ',
			'last year',
			'25',
			'20250',
			'2025-Q',
			'Q 2025',
			null,
			undefined,
			{},
			[]
		]) {
			expect(refusal(() => parsePeriod(input, 'quarterly')).code).toBe('invalid_period');
		}
		expect(refusal(() => parsePeriod('soon', 'annual', 'column B'))).toEqual({
			code: 'invalid_period',
			field: 'column B'
		});
		expect(() => parsePeriod('soon', 'quarterly')).toThrow(/2025-Q4/);
		expect(() => parsePeriod('soon', 'monthly')).toThrow(/2025-12/);
	});

	it('refuses years outside 1900–2200', () => {
		expect(refusal(() => parsePeriod('1899', 'annual')).code).toBe('invalid_period');
		expect(refusal(() => parsePeriod('2201-Q1', 'quarterly')).code).toBe('invalid_period');
		expect(parsePeriod('1900', 'annual')).toBe('1900');
		expect(parsePeriod('2200-12', 'monthly')).toBe('2200-12');
	});

	it('reads back every key of every year as itself', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...FREQUENCIES),
				fc.integer({ min: 1900, max: 2200 }),
				(frequency, year) => {
					for (const key of periodsOfYear(frequency, year)) {
						expect(parsePeriod(key, frequency)).toBe(key);
						expect(isPeriodKey(key)).toBe(true);
						expect(periodYear(key)).toBe(year);
					}
				}
			)
		);
	});

	it('tells canonical keys from other forms', () => {
		expect(isPeriodKey('2025-Q1')).toBe(true);
		expect(isPeriodKey('Q1 2025')).toBe(false);
		expect(isPeriodKey('2025-3')).toBe(false);
		expect(isPeriodKey(2025)).toBe(false);
		expect(isPeriodKey('2025-Q9')).toBe(false);
	});
});

describe('period times', () => {
	it('gives the share of the year passed at the period’s end and the length of a period', () => {
		expect(periodShare('2025')).toBe(1);
		expect(periodShare('2025-H1')).toBe(0.5);
		expect(periodShare('2025-Q2')).toBe(0.5);
		expect(periodShare('2025-Q3')).toBe(0.75);
		expect(periodShare('2025-03')).toBe(0.25);
		expect(periodLength('2025-Q2')).toBe(0.25);
		expect(periodLength('2025-H2')).toBe(0.5);
		expect(periodLength('2025')).toBe(1);
		expect(periodLength('2025-07')).toBeCloseTo(1 / 12);
	});

	it('puts a year’s end at the year itself and its periods between the year before and it', () => {
		// The target path puts a year's target at time `year` (its end), so a period's end is
		// measured on the same scale: the middle of 2025 is 2024.5.
		expect(periodTime('2025')).toBe(2025);
		expect(periodTime('2025-Q4')).toBe(2025);
		expect(periodTime('2025-Q2')).toBe(2024.5);
		expect(periodTime('2025-H1')).toBe(2024.5);
		expect(periodTime('2025-03')).toBe(2024.25);
	});

	it('orders periods of every frequency in time, the later end last', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...FREQUENCIES),
				fc.constantFrom(...FREQUENCIES),
				fc.integer({ min: 2000, max: 2030 }),
				fc.integer({ min: 2000, max: 2030 }),
				fc.nat(11),
				fc.nat(11),
				(fa, fb, ya, yb, ia, ib) => {
					const a = periodsOfYear(fa, ya);
					const b = periodsOfYear(fb, yb);
					const ka = a[ia % a.length]!;
					const kb = b[ib % b.length]!;
					const order = Math.sign(comparePeriods(ka, kb));
					expect(order + Math.sign(comparePeriods(kb, ka))).toBe(0);
					if (periodTime(ka) < periodTime(kb)) expect(order).toBe(-1);
					if (ka === kb) expect(order).toBe(0);
				}
			)
		);
		const keys = ['2026-Q1', '2025', '2025-07', '2025-Q1', '2024-12', '2025-H1'];
		expect(keys.toSorted(comparePeriods)).toEqual([
			'2024-12',
			'2025-Q1',
			'2025-H1',
			'2025-07',
			'2025',
			'2026-Q1'
		]);
	});

	it('sorts a year’s keys in time order as plain strings too', () => {
		for (const frequency of FREQUENCIES) {
			const keys = periodsOfYear(frequency, 2025);
			expect(keys.toSorted()).toEqual(keys.toSorted(comparePeriods));
		}
	});
});
