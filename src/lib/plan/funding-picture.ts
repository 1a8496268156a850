// How much of a plan is paid for: its lines summed by state, by year and by strategic line, and the
// projects that cannot start because their support rests on a measure not in force. The measures
// live in the catalogue (the database); this module takes what it needs of them as plain data.
import type { FundingLine, PlanData, Project } from './types';

/** What the funding picture needs of a measure of the catalogue. */
export type FundingMeasure = {
	id: string;
	status: 'in_force' | 'drafted' | 'proposed';
	/** ISO dates, either end open. */
	inForceFrom: string | null;
	inForceTo: string | null;
	/** The most it gives one project, in tenge; null when it sets no ceiling. */
	maxPerProject: number | null;
	/** The share of the project, in percent, the recipient must bring. */
	ownShare: number;
};

/**
 * A budget by state. `gap` is the money of refused lines: the plan counts on it and its source said
 * no. The four parts add up to the budget, so they draw as one bar.
 */
export type FundingSums = { budget: number; secured: number; applied: number; planned: number; gap: number };
export type YearFunding = FundingSums & { year: number | null };
export type LineFunding = FundingSums & { lineId: string | null };

/** A line that waits for a measure: none named yet, or one not in force. */
export type WaitingLine = { lineId: string; measureId: string | null; amount: number };
/** A project that cannot start until measures come into force, with the money that waits. */
export type BlockedProject = {
	projectId: string;
	title: Project['title'];
	lines: WaitingLine[];
	amount: number;
};

/** A plan's whole funding picture, as `GET /api/plans/<id>/funding` answers it. */
export type PlanFunding = {
	total: FundingSums;
	byYear: YearFunding[];
	byLine: LineFunding[];
	blocked: BlockedProject[];
};

const zero = (): FundingSums => ({ budget: 0, secured: 0, applied: 0, planned: 0, gap: 0 });

function add(sums: FundingSums, line: Pick<FundingLine, 'state'>, amount: number): void {
	sums.budget += amount;
	if (line.state === 'approved' || line.state === 'paid') sums.secured += amount;
	else if (line.state === 'applied') sums.applied += amount;
	else if (line.state === 'planned') sums.planned += amount;
	else sums.gap += amount;
}

/** The lines summed by state. */
export function sumLines(lines: readonly FundingLine[]): FundingSums {
	const sums = zero();
	for (const line of lines) add(sums, line, line.amount);
	return sums;
}

/**
 * The line's amount by year: spread evenly over its years, all in its one year when only one end is
 * set, under `null` (unscheduled) when none is.
 */
export function lineYears(line: FundingLine): [number | null, number][] {
	const from = line.fromYear ?? line.toYear;
	const to = line.toYear ?? line.fromYear;
	if (from === null || to === null) return [[null, line.amount]];
	const count = to - from + 1;
	return Array.from({ length: count }, (_, index) => [from + index, line.amount / count]);
}

/** Sums by year, years in order, unscheduled money last. */
export function fundingByYear(projects: readonly Project[]): YearFunding[] {
	const byYear = new Map<number | null, FundingSums>();
	for (const project of projects)
		for (const line of project.funding)
			for (const [year, amount] of lineYears(line)) {
				const sums = byYear.get(year) ?? byYear.set(year, zero()).get(year)!;
				add(sums, line, amount);
			}
	return [...byYear]
		.sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a - b))
		.map(([year, sums]) => ({ year, ...sums }));
}

/**
 * Sums by strategic line. A project serving objectives of several lines counts under the first of
 * them in the outline's order (counting it under each would add its money twice); a project serving
 * none under `null`, last.
 */
export function fundingByLine(data: Pick<PlanData, 'strategy' | 'projects'>): LineFunding[] {
	const lineOfObjective = new Map<string, string>();
	const rank = new Map<string, number>();
	for (const line of data.strategy.lines)
		for (const objective of line.objectives) {
			lineOfObjective.set(objective.id, line.id);
			rank.set(objective.id, rank.size);
		}
	const byLine = new Map<string | null, FundingSums>(data.strategy.lines.map((line) => [line.id, zero()]));
	for (const project of data.projects) {
		const first = project.objectiveIds
			.filter((id) => lineOfObjective.has(id))
			.sort((a, b) => rank.get(a)! - rank.get(b)!)[0];
		const lineId = first === undefined ? null : lineOfObjective.get(first)!;
		const sums = byLine.get(lineId) ?? byLine.set(lineId, zero()).get(lineId)!;
		for (const line of project.funding) add(sums, line, line.amount);
	}
	return [...byLine].map(([lineId, sums]) => ({ lineId, ...sums }));
}

/** True when `measure` is in force on `date` (YYYY-MM-DD). */
export function inForceOn(measure: FundingMeasure, date: string): boolean {
	return (
		measure.status === 'in_force' &&
		(measure.inForceFrom === null || measure.inForceFrom <= date) &&
		(measure.inForceTo === null || date <= measure.inForceTo)
	);
}

/** Projects that still may start: not completed, not cancelled. */
const open = (project: Project) => project.status !== 'completed' && project.status !== 'cancelled';

/**
 * The lines of open projects that wait for state support no measure in force on `date` gives: the
 * cluster counts on support but names no measure, names one the catalogue does not hold, or one
 * that is drafted, proposed or out of force. Lines already decided are not waiting.
 */
export function blockedProjects(
	projects: readonly Project[],
	measures: ReadonlyMap<string, FundingMeasure>,
	date: string
): BlockedProject[] {
	const blocked: BlockedProject[] = [];
	for (const project of projects.filter(open)) {
		const lines = project.funding
			.filter((line) => line.source === 'state_support')
			.filter((line) => line.state === 'planned' || line.state === 'applied')
			.filter((line) => {
				const measure = line.measureId === null ? undefined : measures.get(line.measureId);
				return !measure || !inForceOn(measure, date);
			})
			.map((line) => ({ lineId: line.id, measureId: line.measureId, amount: line.amount }));
		if (lines.length)
			blocked.push({
				projectId: project.id,
				title: project.title,
				lines,
				amount: lines.reduce((sum, line) => sum + line.amount, 0)
			});
	}
	return blocked;
}

/** A plan's funding picture on `date`. */
export function planFunding(
	data: Pick<PlanData, 'strategy' | 'projects'>,
	measures: ReadonlyMap<string, FundingMeasure>,
	date: string
): PlanFunding {
	return {
		total: sumLines(data.projects.flatMap((project) => project.funding)),
		byYear: fundingByYear(data.projects),
		byLine: fundingByLine(data),
		blocked: blockedProjects(data.projects, measures, date)
	};
}
