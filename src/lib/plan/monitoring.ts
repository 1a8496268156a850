// The monitoring view of a plan: every indicator with its values, yearly figures, status and the
// objectives, projects and lines it belongs to. Built from a snapshot, the recorded values and the
// state of each reporting year, by the page in the browser and by the JSON API on the server alike.
import type { PeriodState } from './approval';
import { comparePeriods, isPeriodKey, periodYear } from './period';
import { indicatorProgress, type IndicatorProgress } from './status';
import { planActuals, type YearActual } from './totals';
import type { Indicator, PlanData } from './types';

/** A recorded value (the latest correction of its period) as pages and the API show it. */
export type ValueRecord = {
	id: number;
	indicatorId: string;
	period: string;
	value: number;
	note: string;
	evidence: string;
	authorName: string;
	/** ISO time it was recorded. */
	at: string;
};

export type MonitoredValue = ValueRecord & { state: PeriodState; approved: boolean };

export type MonitoredIndicator = {
	indicator: Indicator;
	/** The values shown (approved ones only unless unapproved are included), oldest period first. */
	values: MonitoredValue[];
	actuals: YearActual[];
	progress: IndicatorProgress;
	/** The most recently recorded of the values shown. */
	lastUpdate: MonitoredValue | null;
	lineIds: string[];
	objectiveIds: string[];
	projectIds: string[];
};

export type MonitorOptions = {
	/** Show values of years not yet approved too (marked as such). */
	includeUnapproved: boolean;
	/** The year whose target counts as next while nothing is recorded. */
	currentYear: number;
};

/** Where an indicator belongs: its own link, the actions that measure with it and their objectives. */
function belonging(plan: PlanData, indicator: Indicator) {
	const objectives = new Set<string>();
	const projects = new Set<string>();
	const lines = new Set<string>();
	if (indicator.link?.kind === 'objective') objectives.add(indicator.link.id);
	if (indicator.link?.kind === 'project') {
		projects.add(indicator.link.id);
		for (const id of plan.projects.find((p) => p.id === indicator.link!.id)?.objectiveIds ?? [])
			objectives.add(id);
	}
	for (const line of plan.strategy.lines) {
		for (const objective of line.objectives) {
			for (const action of objective.actions) {
				if (!action.indicatorIds.includes(indicator.id)) continue;
				objectives.add(objective.id);
				for (const id of action.projectIds) projects.add(id);
			}
			if (objectives.has(objective.id)) lines.add(line.id);
		}
	}
	return { lineIds: [...lines], objectiveIds: [...objectives], projectIds: [...projects] };
}

/** Every indicator of `plan` with its figures and status. */
export function monitorPlan(
	plan: PlanData,
	values: readonly ValueRecord[],
	states: Readonly<Record<number, PeriodState>>,
	options: MonitorOptions
): MonitoredIndicator[] {
	const shown: MonitoredValue[] = values
		// A value whose period is no period belongs to no year (see `planActuals`).
		.filter((value) => isPeriodKey(value.period))
		.map((value) => {
			const state = states[periodYear(value.period)] ?? 'no_data';
			return { ...value, state, approved: state === 'approved' };
		})
		.filter((value) => options.includeUnapproved || value.approved);
	const actuals = planActuals(plan.indicators, shown);
	return plan.indicators.map((indicator) => {
		const own = shown
			.filter((value) => value.indicatorId === indicator.id)
			.toSorted((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
		const yearly = actuals.get(indicator.id) ?? [];
		// Recorded at the same moment (a batch): the later period is the update people look for.
		const lastUpdate = own.reduce<MonitoredValue | null>(
			(latest, v) =>
				latest === null ||
				v.at > latest.at ||
				(v.at === latest.at && comparePeriods(v.period, latest.period) > 0)
					? v
					: latest,
			null
		);
		return {
			indicator,
			values: indicator.formula === null ? own : [],
			actuals: yearly,
			progress: indicatorProgress(indicator, yearly, options.currentYear),
			lastUpdate,
			...belonging(plan, indicator)
		};
	});
}

/**
 * The years a plan reports on: from the first year after its earliest baseline (or its first
 * target) to its last target; null for a plan whose indicators have neither.
 */
export function planYears(
	indicators: readonly Pick<Indicator, 'baselineYear' | 'targets'>[]
): { first: number; last: number } | null {
	const starts: number[] = [];
	const ends: number[] = [];
	for (const indicator of indicators) {
		const targets = Object.keys(indicator.targets).map(Number).filter(Number.isInteger);
		if (indicator.baselineYear !== null) starts.push(indicator.baselineYear + 1);
		starts.push(...targets);
		ends.push(...targets);
	}
	if (starts.length === 0) return null;
	const first = Math.min(...starts);
	return { first, last: Math.max(first, ...ends) };
}

/**
 * The latest year a plan reports on by `currentYear`: this year while the plan runs, its last
 * year once it has ended (a 2019–2025 plan reports on 2025 in 2026), its first before it starts.
 */
export function latestReportingYear(
	indicators: readonly Pick<Indicator, 'baselineYear' | 'targets'>[],
	currentYear: number
): number {
	const years = planYears(indicators);
	if (!years) return currentYear;
	return Math.min(years.last, Math.max(years.first, currentYear));
}
