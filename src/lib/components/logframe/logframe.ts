// The logical framework of a plan, as rows to print: per strategic line, each objective with the
// indicators that measure it, the projects that serve it with what they deliver, and the
// assumptions and risks. Indicators that reach no objective (tracking nothing, or a project that
// serves no objective) come last, so none is left out.
import {
	INDICATOR_LEVELS,
	type Indicator,
	type Line,
	type Objective,
	type PlanData,
	type Project
} from '$lib/plan';
import { compareIndicators } from '$lib/components/indicators/indicator-view';

/** A project serving an objective, with the indicators that track it. */
export type LogframeProject = { project: Project; indicators: Indicator[] };
/** One objective's row and the rows of its projects under it. */
export type LogframeRow = { objective: Objective; indicators: Indicator[]; projects: LogframeProject[] };
/** One strategic line's table. */
export type LogframeTable = { line: Line; rows: LogframeRow[] };
/** What serves no objective: indicators that track nothing, and projects linked to no objective. */
export type LogframeLoose = { indicators: Indicator[]; projects: LogframeProject[] };
export type Logframe = { tables: LogframeTable[]; loose: LogframeLoose };

/** Impact first, then outcomes, then outputs (the results chain top-down), each in code order. */
export function compareByLevel(a: Indicator, b: Indicator): number {
	return INDICATOR_LEVELS.indexOf(a.level) - INDICATOR_LEVELS.indexOf(b.level) || compareIndicators(a, b);
}

/**
 * The logframe of a plan. A project shows under every objective it serves; its indicators are those
 * linked to it (outputs, as a rule, though any level linked to a project is shown, with its level).
 */
export function logframe(plan: PlanData): Logframe {
	const tracking = (id: string) =>
		plan.indicators.filter((indicator) => indicator.link?.id === id).sort(compareByLevel);
	const tables = plan.strategy.lines.map((line) => ({
		line,
		rows: line.objectives.map((objective) => ({
			objective,
			indicators: tracking(objective.id),
			projects: plan.projects
				.filter((project) => project.objectiveIds.includes(objective.id))
				.map((project) => ({ project, indicators: tracking(project.id) }))
		}))
	}));
	const loose = {
		indicators: plan.indicators.filter((indicator) => indicator.link === null).sort(compareByLevel),
		projects: plan.projects
			.filter((project) => project.objectiveIds.length === 0)
			.map((project) => ({ project, indicators: tracking(project.id) }))
			.filter(({ indicators }) => indicators.length > 0)
	};
	return { tables, loose };
}

/** A baseline or a target: its year (a baseline may have none) and value. */
export type Milestone = { year: number | null; value: number; baseline: boolean };

/** Baseline and targets in year order, for "410 (2018) → 480 (2021) → 600 (2025)". */
export function milestones(indicator: Indicator): Milestone[] {
	const targets = Object.entries(indicator.targets)
		.map(([year, value]) => ({ year: Number(year), value, baseline: false }))
		.sort((a, b) => a.year - b.year);
	return indicator.baseline === null
		? targets
		: [{ year: indicator.baselineYear, value: indicator.baseline, baseline: true }, ...targets];
}
