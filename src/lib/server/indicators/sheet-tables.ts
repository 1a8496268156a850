// The two tables an export writes, as plain rows: the current values (what the import reads back) and
// the indicator definitions. Column names are English keys, so a file imports again whatever the
// language of whoever exported it; formulas are written with codes, as people read them.
import {
	anyText,
	comparePeriods,
	formatFormula,
	parseFormula,
	periodYear,
	type Indicator,
	type PeriodState
} from '../../plan';
import type { CsvCell } from './csv';
import type { IndicatorValueRow } from '../db/schema';

export type SheetTable = { name: 'Values' | 'Indicators'; header: string[]; rows: CsvCell[][] };

export const VALUE_COLUMNS = [
	'indicator',
	'period',
	'value',
	'note',
	'evidence',
	'state',
	'recorded_by',
	'recorded_at'
];

export const INDICATOR_COLUMNS = [
	'code',
	'name_ru',
	'name_kk',
	'name_en',
	'level',
	'unit',
	'baseline',
	'baseline_year',
	'frequency',
	'cumulative',
	'formula',
	'targets',
	'source',
	'responsible'
];

/**
 * The current value of every indicator period, in the plan's order of indicators and in time order,
 * approved or not (the state column says which). Values of indicators since removed from the plan
 * are left out: no page shows them and no import could take them back.
 */
export function valuesTable(
	indicators: readonly Indicator[],
	values: readonly IndicatorValueRow[],
	stateOfYear: (year: number) => PeriodState
): SheetTable {
	const position = new Map(indicators.map((indicator, index) => [indicator.id, index]));
	const rows = values
		.filter((value) => position.has(value.indicatorId))
		.toSorted(
			(a, b) =>
				position.get(a.indicatorId)! - position.get(b.indicatorId)! || comparePeriods(a.period, b.period)
		)
		.map((value): CsvCell[] => [
			indicators[position.get(value.indicatorId)!]!.code,
			value.period,
			value.value,
			value.note,
			value.evidence,
			stateOfYear(periodYear(value.period)),
			value.authorName,
			value.createdAt.toISOString()
		]);
	return { name: 'Values', header: VALUE_COLUMNS, rows };
}

/** A formula as people write it, with codes; a formula that does not parse is written as stored. */
export function formulaWithCodes(indicators: readonly Indicator[], formula: string | null): string {
	if (formula === null) return '';
	const codeOf = new Map(indicators.map((indicator) => [indicator.id, indicator.code]));
	const idOf = new Map(indicators.map((indicator) => [indicator.code, indicator.id]));
	try {
		return formatFormula(
			parseFormula(formula, (code) => idOf.get(code)),
			(id) => codeOf.get(id) ?? id
		);
	} catch {
		return formula;
	}
}

/** Yearly targets as one cell: "2021: 480; 2025: 600". */
export function targetsText(targets: Record<string, number>): string {
	return Object.entries(targets)
		.toSorted(([a], [b]) => Number(a) - Number(b))
		.map(([year, value]) => `${year}: ${value}`)
		.join('; ');
}

/** Every indicator definition, one per row. */
export function indicatorsTable(indicators: readonly Indicator[]): SheetTable {
	const rows = indicators.map((indicator): CsvCell[] => [
		indicator.code,
		indicator.name.ru,
		indicator.name.kk,
		indicator.name.en,
		indicator.level,
		anyText(indicator.unit),
		indicator.baseline,
		indicator.baselineYear,
		indicator.frequency,
		indicator.cumulative,
		formulaWithCodes(indicators, indicator.formula),
		targetsText(indicator.targets),
		indicator.source,
		indicator.responsible
	]);
	return { name: 'Indicators', header: INDICATOR_COLUMNS, rows };
}
