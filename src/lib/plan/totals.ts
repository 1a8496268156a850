// What an indicator achieved each year, from the values recorded for its periods. The rule follows
// the indicator's kind, and every total (chart, status, API, exports) uses this one function:
// - incremental: each value is what happened in its period, so a year adds up its periods;
// - cumulative: each value is the level reached since the baseline, so a year is its latest value;
// - formula: computed each year from the other indicators' yearly figures, never typed.
import { evaluateFormula, formulaRefs, parseFormula, type Expr } from './formula';
import { comparePeriods, isPeriodKey, periodLength, periodShare, periodYear, type PeriodKey } from './period';
import type { Indicator } from './types';

/** One recorded value as the totals need it (the latest correction of its period). */
export type RecordedValue = { indicatorId: string; period: PeriodKey; value: number; approved: boolean };

/** An indicator's figure for one year. */
export type YearActual = {
	year: number;
	value: number;
	/** How much of the year the figure covers: 0.5 after two of four quarters, 1 for a whole year. */
	share: number;
	/** The period of the latest value that went into it. */
	lastPeriod: PeriodKey;
	/** True when every value it is made of is in an approved year. */
	approved: boolean;
	/** True for a formula indicator's figure. */
	computed: boolean;
};

function measured(indicator: Indicator, values: RecordedValue[]): YearActual[] {
	const byYear = new Map<number, RecordedValue[]>();
	for (const value of values) {
		const year = periodYear(value.period);
		byYear.set(year, [...(byYear.get(year) ?? []), value]);
	}
	return [...byYear].map(([year, list]) => {
		const sorted = list.toSorted((a, b) => comparePeriods(a.period, b.period));
		const last = sorted.at(-1)!;
		const approved = sorted.every((v) => v.approved);
		if (indicator.cumulative) {
			return {
				year,
				value: last.value,
				share: periodShare(last.period),
				lastPeriod: last.period,
				approved,
				computed: false
			};
		}
		// A period's share of the year, so a missing quarter leaves the year partly covered.
		const share = Math.min(
			1,
			sorted.reduce((sum, v) => sum + periodLength(v.period), 0)
		);
		const value = sorted.reduce((sum, v) => sum + v.value, 0);
		return { year, value, share, lastPeriod: last.period, approved, computed: false };
	});
}

/**
 * Every indicator's yearly figures, by indicator id, sorted by year. `values` are the current
 * values (one per indicator and period); values of formula indicators are ignored.
 */
export function planActuals(indicators: Indicator[], values: RecordedValue[]): Map<string, YearActual[]> {
	const byIndicator = new Map<string, RecordedValue[]>();
	for (const value of values) {
		// A period that is no period (a row stored before every door checked it) counts in no year;
		// the server logs such rows where it reads them.
		if (!isPeriodKey(value.period) || !Number.isFinite(value.value)) continue;
		byIndicator.set(value.indicatorId, [...(byIndicator.get(value.indicatorId) ?? []), value]);
	}
	const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
	// Snapshots write formulas with codes; stored ids in braces parse too.
	const idByCode = new Map(indicators.map((indicator) => [indicator.code, indicator.id]));
	const result = new Map<string, YearActual[]>();
	const visiting = new Set<string>();

	const actualsOf = (id: string): YearActual[] => {
		const known = result.get(id);
		if (known) return known;
		const indicator = byId.get(id);
		if (!indicator || visiting.has(id)) return [];
		visiting.add(id);
		const expr = indicator.formula === null ? null : parsed(indicator.formula, idByCode);
		const actuals = (
			expr ? computed(expr, actualsOf) : measured(indicator, byIndicator.get(id) ?? [])
		).toSorted((a, b) => a.year - b.year);
		visiting.delete(id);
		result.set(id, actuals);
		return actuals;
	};
	for (const indicator of indicators) actualsOf(indicator.id);
	return result;
}

function parsed(formula: string, idByCode: ReadonlyMap<string, string>): Expr | null {
	try {
		return parseFormula(formula, (code) => idByCode.get(code));
	} catch {
		return null;
	}
}

function computed(expr: Expr, actualsOf: (id: string) => YearActual[]): YearActual[] {
	const refs = new Map<string, Map<number, YearActual>>();
	for (const id of formulaRefs(expr)) refs.set(id, new Map(actualsOf(id).map((a) => [a.year, a])));
	const years = new Set<number>();
	for (const byYear of refs.values()) for (const year of byYear.keys()) years.add(year);
	const out: YearActual[] = [];
	for (const year of years) {
		const inputs = [...refs.values()].map((byYear) => byYear.get(year));
		if (inputs.some((input) => input === undefined)) continue;
		const value = evaluateFormula(expr, (id) => refs.get(id)?.get(year)?.value ?? null);
		if (value === null) continue;
		const present = inputs as YearActual[];
		const last =
			present
				.map((a) => a.lastPeriod)
				.toSorted(comparePeriods)
				.at(-1) ?? String(year);
		out.push({
			year,
			value,
			share: Math.min(1, ...present.map((a) => a.share)),
			lastPeriod: last,
			approved: present.every((a) => a.approved),
			computed: true
		});
	}
	return out;
}
