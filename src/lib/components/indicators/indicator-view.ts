// What the indicators page shows, worked out from the plan alone: groups by level or by what an
// indicator tracks, in code order; the years of the target grid; which indicators a formula may use
// without going round in a circle; and who uses an indicator that someone wants to remove.
import {
	INDICATOR_LEVELS,
	parseFormula,
	formulaRefs,
	type Indicator,
	type IndicatorLevel,
	type Line,
	type Objective,
	type PlanData,
	type Project
} from '$lib/plan';

/** How the list is grouped: by level of the results chain, or by the objective or project tracked. */
export type GroupBy = 'level' | 'link';

/** One heading of the list and the indicators under it. */
export type IndicatorGroup =
	| { kind: 'level'; key: string; level: IndicatorLevel; indicators: Indicator[] }
	| { kind: 'objective'; key: string; line: Line; objective: Objective; indicators: Indicator[] }
	| { kind: 'project'; key: string; project: Project; indicators: Indicator[] }
	| { kind: 'unlinked'; key: string; indicators: Indicator[] };

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Code order as people count: I2 before I10; equal codes (a concurrent edit) by id, so order is stable. */
export function compareIndicators(a: Indicator, b: Indicator): number {
	return collator.compare(a.code, b.code) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The indicators in code order. */
export function sortIndicators(indicators: readonly Indicator[]): Indicator[] {
	return [...indicators].sort(compareIndicators);
}

/**
 * The list's groups. By level: impact, outcome and output, always all three (an empty level is worth
 * seeing). By link: each objective (in strategy order) and each project that has indicators, then
 * the indicators that track nothing.
 */
export function groupIndicators(plan: PlanData, by: GroupBy): IndicatorGroup[] {
	const sorted = sortIndicators(plan.indicators);
	if (by === 'level') {
		return INDICATOR_LEVELS.map((level) => ({
			kind: 'level',
			key: `level-${level}`,
			level,
			indicators: sorted.filter((indicator) => indicator.level === level)
		}));
	}
	const tracking = (id: string) => sorted.filter((indicator) => indicator.link?.id === id);
	const groups: IndicatorGroup[] = [];
	for (const line of plan.strategy.lines) {
		for (const objective of line.objectives) {
			const indicators = tracking(objective.id);
			if (indicators.length) {
				groups.push({ kind: 'objective', key: `objective-${objective.id}`, line, objective, indicators });
			}
		}
	}
	for (const project of plan.projects) {
		const indicators = tracking(project.id);
		if (indicators.length)
			groups.push({ kind: 'project', key: `project-${project.id}`, project, indicators });
	}
	const unlinked = sorted.filter((indicator) => indicator.link === null);
	if (unlinked.length) groups.push({ kind: 'unlinked', key: 'unlinked', indicators: unlinked });
	return groups;
}

/** The years an indicator has targets for, in order. */
export function targetYears(indicator: Indicator): number[] {
	return Object.keys(indicator.targets)
		.map(Number)
		.filter(Number.isInteger)
		.sort((a, b) => a - b);
}

/** The year a new target row starts with: after the last target, else after the baseline, else this year. */
export function nextTargetYear(indicator: Indicator, thisYear: number): number {
	const years = targetYears(indicator);
	if (years.length) return years[years.length - 1]! + 1;
	if (indicator.baselineYear !== null) return indicator.baselineYear + 1;
	return thisYear;
}

/** The first and last year any of the indicators has a baseline or a target in, or null when none has. */
export function yearSpan(indicators: readonly Indicator[]): { from: number; to: number } | null {
	const years = indicators.flatMap((indicator) => [
		...(indicator.baselineYear === null ? [] : [indicator.baselineYear]),
		...targetYears(indicator)
	]);
	return years.length ? { from: Math.min(...years), to: Math.max(...years) } : null;
}

/** Which indicator ids each formula uses, read from the snapshot's formulas (written in codes). */
export function formulaUses(plan: PlanData): Map<string, string[]> {
	const idOfCode = new Map(plan.indicators.map((indicator) => [indicator.code, indicator.id]));
	const uses = new Map<string, string[]>();
	for (const indicator of plan.indicators) {
		if (indicator.formula === null) continue;
		try {
			uses.set(indicator.id, formulaRefs(parseFormula(indicator.formula, (code) => idOfCode.get(code))));
		} catch {
			// The snapshot only gives formulas that parse; a code renamed this very frame may not: uses nothing.
		}
	}
	return uses;
}

/** The indicators whose formulas use `id` directly, in code order. */
export function formulaUsers(plan: PlanData, id: string): Indicator[] {
	const uses = formulaUses(plan);
	return sortIndicators(plan.indicators.filter((indicator) => uses.get(indicator.id)?.includes(id)));
}

/**
 * The indicators the formula of `id` may use: every other one except those whose own formulas
 * depend on `id`, directly or through others (using them would make a circle), in code order.
 */
export function formulaChoices(plan: PlanData, id: string): Indicator[] {
	const uses = formulaUses(plan);
	const dependsOnSelf = new Set<string>();
	const visiting = new Set<string>();
	const reaches = (from: string): boolean => {
		if (from === id || dependsOnSelf.has(from)) return true;
		if (visiting.has(from)) return false;
		visiting.add(from);
		const found = (uses.get(from) ?? []).some(reaches);
		if (found) dependsOnSelf.add(from);
		return found;
	};
	return sortIndicators(plan.indicators.filter((indicator) => !reaches(indicator.id)));
}

/**
 * Puts `code` into a formula where the caret (or selection) is, with a space either side where it
 * would otherwise run into a neighbouring word or number; returns the text and the caret after it.
 */
export function insertCode(
	text: string,
	start: number,
	end: number,
	code: string
): { text: string; caret: number } {
	const before = text.slice(0, start);
	const after = text.slice(end);
	const left = before === '' || /[\s(]$/.test(before) ? '' : ' ';
	const right = after === '' || /^[\s)]/.test(after) ? '' : ' ';
	const inserted = `${left}${code}${right}`;
	return { text: before + inserted + after, caret: before.length + left.length + code.length };
}

/**
 * Reads a number as people type it: "1 500" everywhere; with `decimalComma` (Russian, Kazakh)
 * "1 500,5", otherwise (English) "1,500.5". Empty means no value (null); anything else that is not
 * a number is 'invalid'.
 */
export function parseAmount(text: string, decimalComma: boolean): number | null | 'invalid' {
	const spaced = text.replace(/[\s\u00a0\u202f]/g, '');
	const clean = decimalComma ? spaced.replace(',', '.') : spaced.replace(/,(?=\d{3}(\D|$))/g, '');
	if (clean === '') return null;
	if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(clean)) return 'invalid';
	const value = Number(clean);
	return Number.isFinite(value) ? value : 'invalid';
}

/** A number as an input shows it for editing: no grouping, the reader's decimal mark. */
export function amountForInput(value: number | null, decimalComma: boolean): string {
	if (value === null) return '';
	const text = String(value);
	return decimalComma ? text.replace('.', ',') : text;
}

/** The objectives (by line) and projects an indicator may track, for the link select. */
export function linkChoices(plan: PlanData): {
	lines: { line: Line; objectives: Objective[] }[];
	projects: Project[];
} {
	return {
		lines: plan.strategy.lines
			.filter((line) => line.objectives.length > 0)
			.map((line) => ({ line, objectives: line.objectives })),
		projects: plan.projects
	};
}

/** What an indicator tracks, found in the plan, or null when it tracks nothing (or it is gone). */
export function linkedItem(
	plan: PlanData,
	indicator: Indicator
): { kind: 'objective'; objective: Objective; line: Line } | { kind: 'project'; project: Project } | null {
	const link = indicator.link;
	if (!link) return null;
	if (link.kind === 'project') {
		const project = plan.projects.find((p) => p.id === link.id);
		return project ? { kind: 'project', project } : null;
	}
	for (const line of plan.strategy.lines) {
		const objective = line.objectives.find((o) => o.id === link.id);
		if (objective) return { kind: 'objective', objective, line };
	}
	return null;
}

/** The codes a formula names that no indicator has, in the order written, each once. */
export function unknownCodes(plan: PlanData, formula: string): string[] {
	const known = new Set(plan.indicators.map((indicator) => indicator.code));
	// Stored ids in braces are not codes; numbers never start with a letter, so they are left out.
	const named = formula.replace(/\{[^{}]*\}/g, ' ').match(/[\p{L}_][\p{L}\p{N}_.]*/gu) ?? [];
	return [...new Set(named.filter((code) => !known.has(code)))];
}
