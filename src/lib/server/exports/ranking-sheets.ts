// The sheets of a call's ranking workbook, written for people in the reader's language: the
// ranking as the commission read it (means by criterion, totals, spread, the decision and its
// note), and, once
// taken, the decision as its protocol states it (date, number, the chosen and the reserve).
import { m } from '$lib/paraglide/messages';
import { dayFormat } from '../../locale-format';
import type { Lang } from '../../plan';
import { byDecision } from '../../selection/commission';
import type { Decision } from '../../selection/ranking';
import type { RankingRow } from '../selection/ranking';
import type { StoredCall } from '../selection/store';
import { inLang, textFor, wordFor } from './export-words';
import type { ReadableCell, ReadableColumn, ReadableSheet } from './readable-workbook';

type Say = Parameters<typeof inLang>[0];

export const decisionWords: Record<Decision, Say> = {
	chosen: m.ranking_decision_chosen,
	reserve: m.ranking_decision_reserve,
	not_chosen: m.ranking_decision_not_chosen
};

/** What the sheets read of a ranking (rankingOf's answer). */
export type RankingFacts = {
	call: Pick<StoredCall, 'title' | 'criteria' | 'passMark' | 'seats' | 'decision'>;
	rows: readonly Pick<
		RankingRow,
		| 'rank'
		| 'name'
		| 'region'
		| 'sector'
		| 'byCriterion'
		| 'total'
		| 'spread'
		| 'disputed'
		| 'passes'
		| 'decision'
		| 'note'
	>[];
};

/** The ranking, a row per application, best first. */
export function rankingSheet({ call, rows }: RankingFacts, lang: Lang): ReadableSheet {
	const say = (message: Say) => inLang(message, lang);
	const yesNo = (yes: boolean) => say(yes ? m.versions_value_yes : m.versions_value_no);
	const columns: ReadableColumn[] = [
		{ header: say(m.ranking_col_rank), kind: 'number' },
		{ header: say(m.ranking_col_name), kind: 'text' },
		{ header: say(m.ranking_col_region), kind: 'text' },
		{ header: say(m.ranking_col_sector), kind: 'text' },
		...call.criteria.map((criterion) => ({
			header: textFor(criterion.title, lang),
			kind: 'number' as const
		})),
		{ header: say(m.ranking_col_total), kind: 'number' },
		{ header: say(m.ranking_col_spread), kind: 'number' },
		{ header: say(m.ranking_col_disputed), kind: 'text' },
		{ header: say(m.ranking_col_reaches), kind: 'text' },
		{ header: say(m.ranking_col_decision), kind: 'text' },
		{ header: say(m.ranking_decision_note), kind: 'text' }
	];
	const cells = rows
		.toSorted((a, b) => a.rank - b.rank)
		.map((row): ReadableCell[] => [
			row.rank,
			textFor(row.name, lang),
			row.region,
			row.sector,
			...call.criteria.map((criterion) => row.byCriterion[criterion.id] ?? null),
			row.total,
			row.spread,
			yesNo(row.disputed),
			row.total === null ? null : yesNo(row.passes),
			row.decision === null ? null : wordFor(decisionWords, row.decision, lang),
			row.note
		]);
	return { name: say(m.ranking_title), columns, rows: cells };
}

/**
 * The decision as its protocol states it: the call, the meeting's date, the protocol's number, the
 * pass mark and seats, then the chosen and the reserve in rank order ("3. Name"), each list headed
 * once with its count. Null before the decision is taken.
 */
export function decisionSheet({ call, rows }: RankingFacts, lang: Lang): ReadableSheet | null {
	if (call.decision === null) return null;
	const say = (message: Say) => inLang(message, lang);
	const lists = byDecision(rows);
	const listed = (label: string, decided: typeof lists.chosen): [string, ReadableCell][] =>
		decided.map((row, index) => [index === 0 ? label : '', `${row.rank}. ${textFor(row.name, lang)}`]);
	const count = (decided: typeof lists.chosen) => ({ count: decided.length });
	const facts: [string, ReadableCell][] = [
		[say(m.ranking_export_call), textFor(call.title, lang)],
		[say(m.ranking_decision_date), dayFormat({ dateStyle: 'long' }, lang)(call.decision.date)],
		[say(m.ranking_decision_protocol), call.decision.protocol],
		[say(m.ranking_col_passes), call.passMark],
		[say(m.ranking_export_seats), call.seats],
		...listed(m.results_chosen(count(lists.chosen), { locale: lang }), lists.chosen),
		...listed(m.results_reserve(count(lists.reserve), { locale: lang }), lists.reserve)
	];
	return {
		name: say(m.ranking_col_decision),
		columns: [
			{ header: say(m.export_sheet_item), kind: 'text' },
			{ header: say(m.export_sheet_detail), kind: 'mixed' }
		],
		rows: facts
	};
}

/** The workbook's sheets for a reader of `lang`: the ranking, and the decision once taken. */
export function rankingSheets(facts: RankingFacts, lang: Lang): ReadableSheet[] {
	const decision = decisionSheet(facts, lang);
	return decision ? [rankingSheet(facts, lang), decision] : [rankingSheet(facts, lang)];
}
