// The funding page's rows, derived from the plan's funding picture: plain data the tables and the
// bar draw, kept apart from the components so they are tested without a browser.
import type { FundingSums, Line, Localized, PlanFunding } from '$lib/plan';
import type { MeasureChoice } from '$lib/funding/measure-choice';

/** The states a budget splits into, in the order the bar draws them. */
export const SUM_PARTS = ['secured', 'applied', 'planned', 'gap'] as const;
export type SumPart = (typeof SUM_PARTS)[number];

/** A part of the bar: its money and its share of the budget in percent (one decimal). */
export type BarPart = { part: SumPart; amount: number; share: number };

/** A row of the table by year: `year` null for money no line schedules. */
export type YearRow = FundingSums & { key: string; year: number | null };
/** A row of the table by strategic line: `line` null for projects serving no line. */
export type LineRow = FundingSums & { key: string; line: { number: number; title: Localized } | null };

/** The four parts of a budget that have money, with their shares; none for an empty budget. */
export function barParts(sums: FundingSums): BarPart[] {
	if (sums.budget <= 0) return [];
	return SUM_PARTS.filter((part) => sums[part] > 0).map((part) => ({
		part,
		amount: sums[part],
		share: Math.round((sums[part] / sums.budget) * 1000) / 10
	}));
}

/** The years in order, unscheduled money last. */
export function yearRows(picture: Pick<PlanFunding, 'byYear'>): YearRow[] {
	return [...picture.byYear]
		.sort((a, b) => (a.year === null ? 1 : b.year === null ? -1 : a.year - b.year))
		.map((sums) => ({ ...sums, key: sums.year === null ? 'unscheduled' : String(sums.year) }));
}

/**
 * The strategic lines in the outline's order, numbered as the logframe numbers them, and the
 * projects serving none last. A line the outline no longer holds (a peer just removed it) is left out.
 */
export function lineRows(picture: Pick<PlanFunding, 'byLine'>, lines: readonly Line[]): LineRow[] {
	const rows: LineRow[] = [];
	lines.forEach((line, index) => {
		const sums = picture.byLine.find((row) => row.lineId === line.id);
		if (sums) rows.push({ ...sums, key: line.id, line: { number: index + 1, title: line.title } });
	});
	const none = picture.byLine.find((row) => row.lineId === null);
	if (none) rows.push({ ...none, key: 'none', line: null });
	return rows;
}

/** The measures by id, for the picture, the checks and the names. */
export function measureMap(choices: readonly MeasureChoice[]): Map<string, MeasureChoice> {
	return new Map(choices.map((choice) => [choice.id, choice]));
}

/** What a line waits for: a measure of the list, none named yet, or an id the list lacks. */
export type MeasureRef =
	{ kind: 'listed'; measure: MeasureChoice } | { kind: 'none' } | { kind: 'unknown'; id: string };

export function measureRef(id: string | null, measures: ReadonlyMap<string, MeasureChoice>): MeasureRef {
	if (id === null) return { kind: 'none' };
	const measure = measures.get(id);
	return measure ? { kind: 'listed', measure } : { kind: 'unknown', id };
}

/** The day the picture is drawn for (measures in force on it), as YYYY-MM-DD in UTC. */
export function isoDay(now: Date = new Date()): string {
	return now.toISOString().slice(0, 10);
}

/** A line's years as a reader sees them: "2020–2022", "2020" when one end is set, null when none is. */
export function yearSpan(line: { fromYear: number | null; toYear: number | null }): string | null {
	const { fromYear: from, toYear: to } = line;
	if (from === null || to === null) return from === null && to === null ? null : String(from ?? to);
	return from === to ? String(from) : `${from}–${to}`;
}
