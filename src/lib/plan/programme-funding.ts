// What the clusters together ask of each state support measure, and the projects across the
// programme that wait for a measure not in force, grouped by the measure that would unblock them:
// what KIDI takes to the ministry.
import { blockedProjects, type FundingMeasure } from './funding-picture';
import type { Localized } from './localized';
import type { PlanData } from './types';

/** A plan of a cluster, as the programme reads it. */
export type ProgrammePlan = { clusterId: string; planId: string; data: Pick<PlanData, 'projects'> };

/** What the clusters ask of one measure: open lines not refused, against the most it gives a project. */
export type MeasureDemand = {
	id: string;
	asked: number;
	/** The most it gives one project; null when it sets none. */
	ceiling: number | null;
	/** Projects that ask it for money, and how many of them ask more than the ceiling. */
	projects: number;
	overCeiling: number;
};

/** A project of a cluster that waits, with the money that waits on this group's measure. */
export type WaitingProject = {
	clusterId: string;
	planId: string;
	projectId: string;
	title: Localized;
	amount: number;
};
/** The projects one measure would unblock (`measureId` null: support counted on, no measure named). */
export type BlockedGroup = { measureId: string | null; projects: WaitingProject[]; total: number };

export type ProgrammeFunding = { measures: MeasureDemand[]; blocked: BlockedGroup[] };

/** The programme's funding picture on `date`: every measure of the catalogue, then the blocked groups, largest first. */
export function programmeFunding(
	plans: readonly ProgrammePlan[],
	measures: ReadonlyMap<string, FundingMeasure>,
	date: string
): ProgrammeFunding {
	const demand = new Map<string, MeasureDemand>(
		[...measures.values()].map((m) => [
			m.id,
			{ id: m.id, asked: 0, ceiling: m.maxPerProject, projects: 0, overCeiling: 0 }
		])
	);
	const groups = new Map<string | null, BlockedGroup>();
	for (const { clusterId, planId, data } of plans) {
		for (const project of data.projects) {
			if (project.status === 'cancelled') continue;
			const asks = new Map<string, number>();
			for (const line of project.funding)
				if (line.measureId !== null && line.state !== 'refused')
					asks.set(line.measureId, (asks.get(line.measureId) ?? 0) + line.amount);
			for (const [id, amount] of asks) {
				const row = demand.get(id);
				if (!row) continue;
				row.asked += amount;
				row.projects += 1;
				if (row.ceiling !== null && amount > row.ceiling) row.overCeiling += 1;
			}
		}
		for (const blocked of blockedProjects(data.projects, measures, date)) {
			const byMeasure = new Map<string | null, number>();
			for (const line of blocked.lines)
				byMeasure.set(line.measureId, (byMeasure.get(line.measureId) ?? 0) + line.amount);
			for (const [measureId, amount] of byMeasure) {
				const group =
					groups.get(measureId) ??
					groups.set(measureId, { measureId, projects: [], total: 0 }).get(measureId)!;
				group.projects.push({
					clusterId,
					planId,
					projectId: blocked.projectId,
					title: blocked.title,
					amount
				});
				group.total += amount;
			}
		}
	}
	return {
		measures: [...demand.values()],
		blocked: [...groups.values()].sort((a, b) => b.total - a.total)
	};
}
