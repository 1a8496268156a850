// What the programme view shows of one plan (its latest reporting year, how its indicators stand,
// its projects and their money) and which years wait for a reviewer. Plain functions over a
// snapshot and the plan's monitoring data, so the numbers can be checked exactly.
import {
	INDICATOR_STATUSES,
	PROJECT_STATUSES,
	monitorPlan,
	type IndicatorStatus,
	type Localized,
	type PeriodState,
	type PlanData,
	type ProjectStatus,
	type ValueRecord
} from '$lib/plan';
import { budgetTotals, type BudgetTotals } from '../projects/project-view';

/** A reporting year as the monitoring data gives it: its state and its steps, newest first. */
export type ReportingYear = {
	year: number;
	state: PeriodState;
	steps: readonly { state: PeriodState; by: string; at: string }[];
};

/** A plan's recorded values and reporting years (the shape `monitoringData` returns). */
export type PlanMonitoring = { values: readonly ValueRecord[]; years: readonly ReportingYear[] };

export type IndicatorTally = { total: number; byStatus: Record<IndicatorStatus, number> };

export type ProjectTally = {
	count: number;
	byStatus: Record<ProjectStatus, number>;
	/** Budget of the projects that still count: cancelled ones are left out. */
	budget: BudgetTotals;
};

export type PlanSummary = {
	/** The latest year with any step, or null when nothing was ever recorded. */
	latestYear: { year: number; state: PeriodState } | null;
	indicators: IndicatorTally;
	projects: ProjectTally;
};

/** A reporting year a coordinator submitted and no reviewer has decided on yet. */
export type Submission = { year: number; by: string; at: string };

export type ClusterRef = { id: string; name: Localized; region: Localized; sector: Localized };
export type PlanRef = { id: string; title: Localized };

/** One plan of the programme view, with its cluster. */
export type ProgrammeRow = PlanSummary & { cluster: ClusterRef; plan: PlanRef };
/** A submission waiting for review, with its cluster and plan. */
export type WaitingSubmission = Submission & { cluster: ClusterRef; plan: PlanRef };

export type Programme = { rows: ProgrammeRow[]; waiting: WaitingSubmission[] };

/** How a plan's indicators stand on approved figures only, as a reviewer signs them off. */
export function indicatorTally(
	plan: PlanData,
	monitoring: PlanMonitoring,
	currentYear: number
): IndicatorTally {
	const states = Object.fromEntries(monitoring.years.map((y) => [y.year, y.state]));
	const monitored = monitorPlan(plan, monitoring.values, states, { includeUnapproved: false, currentYear });
	const byStatus = Object.fromEntries(INDICATOR_STATUSES.map((s) => [s, 0])) as Record<
		IndicatorStatus,
		number
	>;
	for (const { progress } of monitored) byStatus[progress.status] += 1;
	return { total: monitored.length, byStatus };
}

export function projectTally(plan: PlanData): ProjectTally {
	const byStatus = Object.fromEntries(PROJECT_STATUSES.map((s) => [s, 0])) as Record<ProjectStatus, number>;
	for (const project of plan.projects) byStatus[project.status] += 1;
	return {
		count: plan.projects.length,
		byStatus,
		budget: budgetTotals(plan.projects.filter((project) => project.status !== 'cancelled'))
	};
}

/** The latest reporting year that has a state other than no data. */
export function latestYear(years: readonly ReportingYear[]): PlanSummary['latestYear'] {
	const latest = years.reduce<ReportingYear | null>(
		(found, y) => (found === null || y.year > found.year ? y : found),
		null
	);
	return latest && { year: latest.year, state: latest.state };
}

export function planSummary(plan: PlanData, monitoring: PlanMonitoring, currentYear: number): PlanSummary {
	return {
		latestYear: latestYear(monitoring.years),
		indicators: indicatorTally(plan, monitoring, currentYear),
		projects: projectTally(plan)
	};
}

/** The plan's submitted years, each with who submitted it and when (the step that submitted it). */
export function submissions(years: readonly ReportingYear[]): Submission[] {
	return years
		.filter((y) => y.state === 'submitted')
		.map((y) => {
			const step = y.steps.find((s) => s.state === 'submitted');
			return { year: y.year, by: step?.by ?? '', at: step?.at ?? '' };
		});
}

/** Newest submission first; ties (one batch) by the later year first. */
export function newestFirst<T extends Submission>(list: readonly T[]): T[] {
	return list.toSorted((a, b) => (a.at === b.at ? b.year - a.year : a.at < b.at ? 1 : -1));
}

/** Width of each status's part of a bar, in per cent of all indicators; zero-width parts left out. */
export function statusShares(
	tally: IndicatorTally
): { status: IndicatorStatus; count: number; percent: number }[] {
	if (tally.total === 0) return [];
	return INDICATOR_STATUSES.filter((status) => tally.byStatus[status] > 0).map((status) => ({
		status,
		count: tally.byStatus[status],
		percent: (tally.byStatus[status] / tally.total) * 100
	}));
}
