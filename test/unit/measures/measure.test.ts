// When a measure can be granted: only in force, and only within its term, either end open.
import { describe, expect, it } from 'vitest';
import { inForceOn, MEASURE_INSTRUMENTS, MEASURE_STATUSES } from '$lib/measures/measure';

const term = { status: 'in_force' as const, inForceFrom: '2015-01-01', inForceTo: '2025-12-31' };

describe('a measure in force on a day', () => {
	it('is in force on its first and last day and between', () => {
		expect(['2015-01-01', '2020-06-15', '2025-12-31'].map((day) => inForceOn(term, day))).toEqual([
			true,
			true,
			true
		]);
	});

	it('is not in force the day before it starts or the day after it ends', () => {
		expect(inForceOn(term, '2014-12-31')).toBe(false);
		expect(inForceOn(term, '2026-01-01')).toBe(false);
	});

	it('reads the day of a timestamp', () => {
		expect(inForceOn(term, '2025-12-31T23:59:00Z')).toBe(true);
		expect(inForceOn(term, '2026-01-01T00:00:00Z')).toBe(false);
	});

	it('has no end when inForceTo is open, and no start when inForceFrom is', () => {
		expect(inForceOn({ ...term, inForceTo: null }, '2099-01-01')).toBe(true);
		expect(inForceOn({ ...term, inForceFrom: null }, '1991-12-16')).toBe(true);
		expect(inForceOn({ status: 'in_force', inForceFrom: null, inForceTo: null }, '2000-01-01')).toBe(true);
	});

	it('is never in force while drafted or proposed, whatever its dates', () => {
		expect(inForceOn({ ...term, status: 'drafted' }, '2020-01-01')).toBe(false);
		expect(inForceOn({ ...term, status: 'proposed' }, '2020-01-01')).toBe(false);
	});

	it('knows seven instruments and three statuses', () => {
		expect(MEASURE_INSTRUMENTS).toHaveLength(7);
		expect(MEASURE_STATUSES).toEqual(['in_force', 'drafted', 'proposed']);
	});
});
