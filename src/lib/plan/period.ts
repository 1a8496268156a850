// Reporting periods of indicator values. An indicator is measured by its frequency, so a value's
// period is one of the indicator's: "2025" (annual), "2025-H1", "2025-Q3" or "2025-07". Keys sort
// in time order as plain strings within a year, and every period belongs to exactly one year,
// the unit a plan's report is approved in.
import { PlanError } from './errors';
import type { Frequency } from './types';

/** A canonical period key: `2025`, `2025-H1`, `2025-Q3` or `2025-07`. */
export type PeriodKey = string;

const PERIODS_PER_YEAR: Record<Frequency, number> = { annual: 1, semiannual: 2, quarterly: 4, monthly: 12 };
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

function keyOf(frequency: Frequency, year: number, index: number): PeriodKey {
	switch (frequency) {
		case 'annual':
			return String(year);
		case 'semiannual':
			return `${year}-H${index}`;
		case 'quarterly':
			return `${year}-Q${index}`;
		case 'monthly':
			return `${year}-${String(index).padStart(2, '0')}`;
	}
}

/** The periods of `year` an indicator of `frequency` is reported in, in time order. */
export function periodsOfYear(frequency: Frequency, year: number): PeriodKey[] {
	const count = PERIODS_PER_YEAR[frequency];
	return Array.from({ length: count }, (_, i) => keyOf(frequency, year, i + 1));
}

type Parsed = { frequency: Frequency; year: number; index: number };

// Written forms people and spreadsheets use: 2025, 2025-Q1, Q1 2025, 2025 H2, 2025-3, 03.2025.
const FORMS: [RegExp, (m: string[]) => Parsed][] = [
	[/^(\d{4})$/, ([, y]) => ({ frequency: 'annual', year: +y!, index: 1 })],
	[/^(\d{4})[-\s/.]?([HQ])(\d{1,2})$/, ([, y, l, i]) => half(+y!, l!, +i!)],
	[/^([HQ])(\d{1,2})[-\s/.]?(\d{4})$/, ([, l, i, y]) => half(+y!, l!, +i!)],
	[/^(\d{4})[-/.](\d{1,2})$/, ([, y, i]) => ({ frequency: 'monthly', year: +y!, index: +i! })],
	[/^(\d{1,2})[-/.](\d{4})$/, ([, i, y]) => ({ frequency: 'monthly', year: +y!, index: +i! })]
];

function half(year: number, letter: string, index: number): Parsed {
	return { frequency: letter === 'H' ? 'semiannual' : 'quarterly', year, index };
}

function parseAny(input: unknown): Parsed | null {
	const text = typeof input === 'number' ? String(input) : typeof input === 'string' ? input : null;
	if (text === null) return null;
	const clean = text.trim().toUpperCase();
	for (const [pattern, build] of FORMS) {
		const match = pattern.exec(clean);
		if (!match) continue;
		const parsed = build(match);
		const inRange =
			parsed.year >= MIN_YEAR &&
			parsed.year <= MAX_YEAR &&
			parsed.index >= 1 &&
			parsed.index <= PERIODS_PER_YEAR[parsed.frequency];
		return inRange ? parsed : null;
	}
	return null;
}

/**
 * The canonical key of `input` as a period of an indicator reported with `frequency`; refuses
 * anything else with `invalid_period`, naming the form expected.
 */
export function parsePeriod(input: unknown, frequency: Frequency, field = 'period'): PeriodKey {
	const parsed = parseAny(input);
	if (!parsed || parsed.frequency !== frequency) {
		const example = periodsOfYear(frequency, 2025).at(-1);
		throw new PlanError('invalid_period', field, `a ${frequency} period is written like ${example}`);
	}
	return keyOf(parsed.frequency, parsed.year, parsed.index);
}

/** The frequency a canonical period key belongs to ('2025-Q3' is quarterly), or null for no period. */
export function periodFrequency(key: unknown): Frequency | null {
	return isPeriodKey(key) ? parseAny(key)!.frequency : null;
}

/** True when `key` is a canonical period key of any frequency. */
export function isPeriodKey(key: unknown): key is PeriodKey {
	const parsed = parseAny(key);
	return parsed !== null && keyOf(parsed.frequency, parsed.year, parsed.index) === key;
}

function parseKey(key: PeriodKey): Parsed {
	const parsed = parseAny(key);
	if (!parsed) throw new PlanError('invalid_period', 'period', `${key} is not a period`);
	return parsed;
}

/** The year a period belongs to. */
export function periodYear(key: PeriodKey): number {
	return parseKey(key).year;
}

/** The share of its year that has passed when the period ends: Q2 → 0.5, 2025-03 → 0.25, 2025 → 1. */
export function periodShare(key: PeriodKey): number {
	const { frequency, index } = parseKey(key);
	return index / PERIODS_PER_YEAR[frequency];
}

/** The share of a year one period lasts: a quarter is 0.25. */
export function periodLength(key: PeriodKey): number {
	return 1 / PERIODS_PER_YEAR[parseKey(key).frequency];
}

/** The period's end as a fractional year, a year ending at its own number (2025-Q2 → 2024.5, 2025 → 2025), as the target path counts time. */
export function periodTime(key: PeriodKey): number {
	return periodYear(key) - 1 + periodShare(key);
}

/** Orders period keys in time; ties (same end) by key. */
export function comparePeriods(a: PeriodKey, b: PeriodKey): number {
	return periodTime(a) - periodTime(b) || (a < b ? -1 : a > b ? 1 : 0);
}
