import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { periodsOfYear, planActuals, type RecordedValue } from '$lib/plan';
import { indicatorOf, indicatorsOf } from './plan-with';

const value = (indicatorId: string, period: string, amount: number, approved = true): RecordedValue => ({
	indicatorId,
	period,
	value: amount,
	approved
});

describe('yearly totals of a measured indicator', () => {
	it('adds up an incremental indicator’s periods per year', () => {
		const visitors = indicatorOf({ frequency: 'quarterly' });
		const actuals = planActuals(
			[visitors],
			[
				value('x', '2025-Q1', 10),
				value('x', '2025-Q3', 30),
				value('x', '2025-Q2', 20),
				value('x', '2025-Q4', 40),
				value('x', '2026-Q1', 5)
			]
		).get('x');
		expect(actuals).toEqual([
			{ year: 2025, value: 100, share: 1, lastPeriod: '2025-Q4', approved: true, computed: false },
			{ year: 2026, value: 5, share: 0.25, lastPeriod: '2026-Q1', approved: true, computed: false }
		]);
	});

	it('says how much of the year a part-year incremental total covers', () => {
		const sales = indicatorOf({ frequency: 'monthly' });
		const [year] = planActuals(
			[sales],
			[value('x', '2025-01', 1), value('x', '2025-02', 2), value('x', '2025-06', 3)]
		).get('x')!;
		expect(year).toMatchObject({ value: 6, lastPeriod: '2025-06' });
		expect(year!.share).toBeCloseTo(0.25);
		const [half] = planActuals([indicatorOf({ frequency: 'semiannual' })], [value('x', '2025-H2', 7)]).get(
			'x'
		)!;
		expect(half).toMatchObject({ value: 7, share: 0.5, lastPeriod: '2025-H2' });
	});

	it('takes a cumulative indicator’s latest level in each year, not a sum', () => {
		const farms = indicatorOf({ frequency: 'quarterly', cumulative: true });
		const actuals = planActuals(
			[farms],
			[
				value('x', '2025-Q3', 14),
				value('x', '2025-Q1', 10),
				value('x', '2025-Q2', 12),
				value('x', '2024-Q4', 8)
			]
		).get('x');
		expect(actuals).toEqual([
			{ year: 2024, value: 8, share: 1, lastPeriod: '2024-Q4', approved: true, computed: false },
			{ year: 2025, value: 14, share: 0.75, lastPeriod: '2025-Q3', approved: true, computed: false }
		]);
	});

	it('takes the latest level even when it fell', () => {
		const stock = indicatorOf({ frequency: 'quarterly', cumulative: true });
		const [year] = planActuals([stock], [value('x', '2025-Q1', 50), value('x', '2025-Q2', 40)]).get('x')!;
		expect(year!.value).toBe(40);
	});

	it('marks a year approved only when every value in it is', () => {
		const visitors = indicatorOf({ frequency: 'quarterly' });
		const actuals = planActuals(
			[visitors],
			[value('x', '2025-Q1', 1, true), value('x', '2025-Q2', 1, false), value('x', '2026-Q1', 1, true)]
		).get('x')!;
		expect(actuals.map((a) => [a.year, a.approved])).toEqual([
			[2025, false],
			[2026, true]
		]);
	});

	it('gives an indicator without values no figures, and ignores values of unknown indicators', () => {
		const actuals = planActuals([indicatorOf()], [value('gone', '2025', 3)]);
		expect(actuals.get('x')).toEqual([]);
		expect(actuals.has('gone')).toBe(false);
	});

	it('counts a value whose period is no period in no year, instead of failing', () => {
		const actuals = planActuals(
			[indicatorOf({ frequency: 'quarterly' })],
			[value('x', 'Q9-xyz', 1000), value('x', '2025-Q1', 10), value('x', '', 5)]
		).get('x');
		expect(actuals).toEqual([
			{ year: 2025, value: 10, share: 0.25, lastPeriod: '2025-Q1', approved: true, computed: false }
		]);
	});

	it('adds up a year’s values whatever order they come in', () => {
		fc.assert(
			fc.property(
				fc.constantFrom('semiannual', 'quarterly', 'monthly') as fc.Arbitrary<
					'semiannual' | 'quarterly' | 'monthly'
				>,
				fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 12, maxLength: 12 }),
				fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
				fc.nat(),
				(frequency, amounts, keep, seed) => {
					const periods = periodsOfYear(frequency, 2025).filter((_, i) => keep[i]);
					const values = periods.map((period, i) => value('x', period, amounts[i]!));
					// A shuffle fixed by the seed: each value goes to a position picked from the rest.
					const shuffled = [...values];
					for (let i = shuffled.length - 1, s = seed; i > 0; i--, s = Math.floor(s / 7) + i) {
						const j = s % (i + 1);
						[shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
					}
					const actuals = planActuals([indicatorOf({ frequency })], shuffled).get('x')!;
					const sum = values.reduce((total, v) => total + v.value, 0);
					if (values.length === 0) expect(actuals).toEqual([]);
					else {
						expect(actuals).toHaveLength(1);
						expect(actuals[0]!.value).toBe(sum);
						expect(actuals[0]!.share).toBeCloseTo(periods.length / periodsOfYear(frequency, 2025).length);
						expect(actuals[0]!.lastPeriod).toBe(periods.at(-1));
					}
				}
			)
		);
	});
});

describe('yearly figures of a formula indicator', () => {
	// Sales and firms are measured; AVG is their ratio, and GROWTH is a formula of that formula.
	const plan = () =>
		indicatorsOf(
			{ id: 'sales', code: 'SALES', name: 'Sales', frequency: 'quarterly' },
			{ id: 'firms', code: 'FIRMS', name: 'Firms', cumulative: true },
			{ id: 'avg', code: 'AVG', name: 'Sales per firm', formula: 'SALES / FIRMS' },
			{ id: 'growth', code: 'GROWTH', name: 'Sales per firm, ×100', formula: 'AVG * 100 - 1' }
		);

	it('computes each year from the inputs’ yearly figures', () => {
		const actuals = planActuals(plan(), [
			value('sales', '2025-Q1', 30),
			value('sales', '2025-Q2', 50),
			value('firms', '2025', 4),
			value('sales', '2026-Q1', 9),
			value('firms', '2026', 3)
		]);
		expect(actuals.get('avg')).toEqual([
			{ year: 2025, value: 20, share: 0.5, lastPeriod: '2025', approved: true, computed: true },
			{ year: 2026, value: 3, share: 0.25, lastPeriod: '2026', approved: true, computed: true }
		]);
		expect(actuals.get('growth')!.map((a) => [a.year, a.value, a.computed])).toEqual([
			[2025, 1999, true],
			[2026, 299, true]
		]);
	});

	it('gives no figure for a year an input has no figure for', () => {
		const actuals = planActuals(plan(), [value('sales', '2025-Q1', 30), value('firms', '2024', 4)]);
		expect(actuals.get('avg')).toEqual([]);
		expect(actuals.get('growth')).toEqual([]);
	});

	it('gives no figure for a year that divides by zero', () => {
		const actuals = planActuals(plan(), [
			value('sales', '2025-Q1', 30),
			value('firms', '2025', 0),
			value('sales', '2026-Q1', 30),
			value('firms', '2026', 10)
		]);
		expect(actuals.get('avg')!.map((a) => [a.year, a.value])).toEqual([[2026, 3]]);
		expect(actuals.get('growth')!.map((a) => a.year)).toEqual([2026]);
	});

	it('ignores values recorded for a formula indicator', () => {
		const actuals = planActuals(plan(), [value('avg', '2025', 1000), value('growth', '2025', 5)]);
		expect(actuals.get('avg')).toEqual([]);
		expect(actuals.get('growth')).toEqual([]);
		const withInputs = planActuals(plan(), [
			value('avg', '2025', 1000),
			value('sales', '2025-Q1', 8),
			value('firms', '2025', 2)
		]);
		expect(withInputs.get('avg')!.map((a) => a.value)).toEqual([4]);
	});

	it('is approved only when every input figure is', () => {
		const actuals = planActuals(plan(), [
			value('sales', '2025-Q1', 30, true),
			value('firms', '2025', 3, false),
			value('sales', '2026-Q1', 30, true),
			value('firms', '2026', 3, true)
		]);
		expect(actuals.get('avg')!.map((a) => [a.year, a.approved])).toEqual([
			[2025, false],
			[2026, true]
		]);
		expect(actuals.get('growth')!.map((a) => [a.year, a.approved])).toEqual([
			[2025, false],
			[2026, true]
		]);
	});

	it('gives the same figures whatever order the indicators are listed in', () => {
		const values = [value('sales', '2025-Q1', 30), value('firms', '2025', 4)];
		const forwards = planActuals(plan(), values);
		const backwards = planActuals(plan().toReversed(), values);
		for (const id of ['sales', 'firms', 'avg', 'growth']) expect(backwards.get(id)).toEqual(forwards.get(id));
	});
});
