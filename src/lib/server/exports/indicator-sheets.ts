// The indicator sheets of the workbooks meant for people, in the reader's language: definitions
// with one column per target year (the version workbook and the monitoring download), and the
// current values (the monitoring download). The file the import reads back is sheet-tables.ts's.
import { m } from '$lib/paraglide/messages';
import { comparePeriods, periodYear, type Indicator, type Lang, type PeriodState } from '../../plan';
import type { IndicatorValueRow } from '../db/schema';
import { formulaWithCodes } from '../indicators/sheet-tables';
import {
	frequencyWords,
	inLang,
	levelWords,
	periodWords,
	textFor,
	wordFor,
	yearStateWords
} from './export-words';
import type { ReadableCell, ReadableSheet } from './readable-workbook';

/** Every year any indicator has a target for, in order. */
export function targetYears(indicators: readonly Indicator[]): string[] {
	const years = new Set(indicators.flatMap((indicator) => Object.keys(indicator.targets)));
	return [...years].toSorted((a, b) => Number(a) - Number(b));
}

/** Every indicator definition, a row each, with its targets by year. */
export function indicatorsSheet(indicators: readonly Indicator[], lang: Lang): ReadableSheet {
	const years = targetYears(indicators);
	const say = (message: Parameters<typeof inLang>[0]) => inLang(message, lang);
	const columns = [
		{ header: say(m.indicators_code), kind: 'text' as const },
		{ header: say(m.indicators_name), kind: 'text' as const },
		{ header: say(m.indicators_level), kind: 'text' as const },
		{ header: say(m.indicators_unit), kind: 'text' as const },
		{ header: say(m.indicators_baseline), kind: 'number' as const },
		{ header: say(m.indicators_baseline_year), kind: 'number' as const },
		...years.map((year) => ({
			header: m.export_sheet_target({ year }, { locale: lang }),
			kind: 'number' as const
		})),
		{ header: say(m.indicators_counting), kind: 'text' as const },
		{ header: say(m.indicators_frequency), kind: 'text' as const },
		{ header: say(m.indicators_source), kind: 'text' as const },
		{ header: say(m.indicators_responsible), kind: 'text' as const },
		{ header: say(m.indicators_formula), kind: 'text' as const }
	];
	const rows = indicators.map((indicator): ReadableCell[] => [
		indicator.code,
		textFor(indicator.name, lang, indicator.outdated?.name),
		wordFor(levelWords, indicator.level, lang),
		textFor(indicator.unit, lang),
		indicator.baseline,
		indicator.baselineYear,
		...years.map((year) => indicator.targets[year] ?? null),
		say(indicator.cumulative ? m.indicators_cumulative : m.indicators_incremental),
		wordFor(frequencyWords, indicator.frequency, lang),
		indicator.source,
		indicator.responsible,
		formulaWithCodes(indicators, indicator.formula)
	]);
	return { name: say(m.tab_indicators), columns, rows };
}

/**
 * The current value of every indicator period, in the plan's order of indicators and in time order,
 * with the state of its reporting year. Values of indicators since removed are left out.
 */
export function valuesSheet(
	indicators: readonly Indicator[],
	values: readonly IndicatorValueRow[],
	stateOfYear: (year: number) => PeriodState,
	lang: Lang
): ReadableSheet {
	const say = (message: Parameters<typeof inLang>[0]) => inLang(message, lang);
	const position = new Map(indicators.map((indicator, index) => [indicator.id, index]));
	const columns = [
		{ header: say(m.indicators_code), kind: 'text' as const },
		{ header: say(m.indicators_name), kind: 'text' as const },
		{ header: say(m.sheet_col_period), kind: 'text' as const },
		{ header: say(m.sheet_col_value), kind: 'number' as const },
		{ header: say(m.indicators_unit), kind: 'text' as const },
		{ header: say(m.monitoring_note), kind: 'text' as const },
		{ header: say(m.monitoring_evidence), kind: 'text' as const },
		{ header: say(m.export_sheet_year_state), kind: 'text' as const },
		{ header: say(m.export_sheet_recorded_by), kind: 'text' as const },
		{ header: say(m.export_sheet_recorded_at), kind: 'moment' as const }
	];
	const rows = values
		.filter((value) => position.has(value.indicatorId))
		.toSorted(
			(a, b) =>
				position.get(a.indicatorId)! - position.get(b.indicatorId)! || comparePeriods(a.period, b.period)
		)
		.map((value): ReadableCell[] => {
			const indicator = indicators[position.get(value.indicatorId)!]!;
			return [
				indicator.code,
				textFor(indicator.name, lang, indicator.outdated?.name),
				periodWords(value.period, lang),
				value.value,
				textFor(indicator.unit, lang),
				value.note,
				value.evidence,
				wordFor(yearStateWords, stateOfYear(periodYear(value.period)), lang),
				value.authorName,
				value.createdAt.toISOString()
			];
		});
	return { name: say(m.export_sheet_values), columns, rows };
}
