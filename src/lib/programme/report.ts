// The programme's report to the ministry on a day, as KIDI wrote it in February 2019: the selection,
// the participants, each cluster's plan and where its approval stands, the projects by state and by
// money, the indicators, and the support measures used and missing. Pure: it takes what the server
// gathered and sums it, so every total can be checked against the API that serves the same figures.
import {
	INDICATOR_STATUSES,
	PROJECT_STATUSES,
	inForceOn,
	programmeFunding,
	sumLines,
	type FundingMeasure,
	type FundingSums,
	type IndicatorStatus,
	type Localized,
	type PlanData,
	type ProjectStatus,
	type VersionStep
} from '../plan';
import type { ApplicationState } from '../selection/application';

/** A call as the report reads it: its decision and the state each application reached. */
export type CallFacts = {
	id: string;
	title: Localized;
	decision: { date: string; protocol: string } | null;
	applications: readonly { state: ApplicationState }[];
};

/** One plan of a cluster, with its latest review step and how its indicators stand. */
export type PlanFacts = {
	clusterId: string;
	clusterName: Localized;
	planId: string;
	planTitle: Localized;
	data: Pick<PlanData, 'projects'>;
	/** The latest review step taken on any of its versions by the report's day. */
	decision: { step: VersionStep; version: number; at: string } | null;
	indicators: Record<IndicatorStatus, number>;
};

export type ReportInput = {
	asOf: string;
	calls: readonly CallFacts[];
	participants: {
		total: number;
		employees: number;
		joinedInYear: number;
		byCluster: readonly { clusterId: string; count: number }[];
	};
	plans: readonly PlanFacts[];
	measures: readonly (FundingMeasure & { name: Localized })[];
};

export type SelectionLine = {
	callId: string;
	title: Localized;
	decisionDate: string;
	protocol: string;
	applications: number;
	rejected: number;
	scored: number;
	chosen: number;
	reserve: number;
};

export type IndicatorCounts = {
	total: number;
	onTrack: number;
	atRisk: number;
	offTrack: number;
	noData: number;
};

export type ClusterLine = {
	clusterId: string;
	name: Localized;
	planId: string;
	planTitle: Localized;
	participants: number;
	decision: PlanFacts['decision'];
	projects: number;
	byStatus: Record<ProjectStatus, number>;
	/** The lines of the projects that still count (cancelled ones are left out). */
	funding: FundingSums;
	indicators: IndicatorCounts;
};

export type MeasureUsed = { measureId: string; name: Localized; asked: number; projects: number };
export type MeasureMissing = {
	/** null: the clusters count on state support and name no measure. */
	measureId: string | null;
	name: Localized | null;
	status: FundingMeasure['status'] | null;
	projects: { clusterId: string; title: Localized; amount: number }[];
	total: number;
};

export type ProgrammeReport = {
	asOf: string;
	selection: SelectionLine[];
	participants: ReportInput['participants'];
	clusters: ClusterLine[];
	totals: {
		projects: number;
		byStatus: Record<ProjectStatus, number>;
		funding: FundingSums;
		indicators: IndicatorCounts;
		/** Asked of measures in force, and waiting on measures not in force. */
		used: number;
		missing: number;
	};
	measuresUsed: MeasureUsed[];
	measuresMissing: MeasureMissing[];
};

const SCORED: ReadonlySet<ApplicationState> = new Set(['scored', 'chosen', 'reserve', 'not_chosen']);
const count = <T>(list: readonly T[], test: (item: T) => boolean) => list.filter(test).length;
const noStatuses = () =>
	Object.fromEntries(PROJECT_STATUSES.map((status) => [status, 0])) as Record<ProjectStatus, number>;
const noFunding = (): FundingSums => ({ budget: 0, secured: 0, applied: 0, planned: 0, gap: 0 });

/** A call decided by the report's day, as one line of the selection. */
function selectionLine(call: CallFacts): SelectionLine {
	const sent = call.applications.filter((application) => application.state !== 'draft');
	return {
		callId: call.id,
		title: call.title,
		decisionDate: call.decision!.date,
		protocol: call.decision!.protocol,
		applications: sent.length,
		rejected: count(sent, (a) => a.state === 'rejected'),
		scored: count(sent, (a) => SCORED.has(a.state)),
		chosen: count(sent, (a) => a.state === 'chosen'),
		reserve: count(sent, (a) => a.state === 'reserve')
	};
}

// A plan without targets yet has no standing to report: counted with no data.
function indicatorCounts(byStatus: Record<IndicatorStatus, number>): IndicatorCounts {
	const total = INDICATOR_STATUSES.reduce((sum, status) => sum + byStatus[status], 0);
	return {
		total,
		onTrack: byStatus.on_track,
		atRisk: byStatus.at_risk,
		offTrack: byStatus.off_track,
		noData: byStatus.no_data + byStatus.no_target
	};
}

function clusterLine(plan: PlanFacts, participants: ReadonlyMap<string, number>): ClusterLine {
	const byStatus = noStatuses();
	for (const project of plan.data.projects) byStatus[project.status] += 1;
	const counting = plan.data.projects.filter((project) => project.status !== 'cancelled');
	return {
		clusterId: plan.clusterId,
		name: plan.clusterName,
		planId: plan.planId,
		planTitle: plan.planTitle,
		participants: participants.get(plan.clusterId) ?? 0,
		decision: plan.decision,
		projects: plan.data.projects.length,
		byStatus,
		funding: sumLines(counting.flatMap((project) => project.funding)),
		indicators: indicatorCounts(plan.indicators)
	};
}

function addUp(clusters: readonly ClusterLine[]) {
	const byStatus = noStatuses();
	const funding = noFunding();
	const indicators: IndicatorCounts = { total: 0, onTrack: 0, atRisk: 0, offTrack: 0, noData: 0 };
	for (const line of clusters) {
		for (const status of PROJECT_STATUSES) byStatus[status] += line.byStatus[status];
		for (const key of Object.keys(funding) as (keyof FundingSums)[]) funding[key] += line.funding[key];
		for (const key of Object.keys(indicators) as (keyof IndicatorCounts)[])
			indicators[key] += line.indicators[key];
	}
	const projects = clusters.reduce((sum, line) => sum + line.projects, 0);
	return { projects, byStatus, funding, indicators };
}

/** The report on `input.asOf`. */
export function programmeReport(input: ReportInput): ProgrammeReport {
	const { asOf } = input;
	const catalogue = new Map(input.measures.map((measure) => [measure.id, measure]));
	const funding = programmeFunding(
		input.plans.map(({ clusterId, planId, data }) => ({ clusterId, planId, data })),
		catalogue,
		asOf
	);
	const participants = new Map(input.participants.byCluster.map((line) => [line.clusterId, line.count]));
	const clusters = input.plans.map((plan) => clusterLine(plan, participants));
	const measuresUsed = funding.measures
		.filter((demand) => demand.asked > 0 && inForceOn(catalogue.get(demand.id)!, asOf))
		.map((demand) => ({
			measureId: demand.id,
			name: catalogue.get(demand.id)!.name,
			asked: demand.asked,
			projects: demand.projects
		}))
		.sort((a, b) => b.asked - a.asked);
	const measuresMissing = funding.blocked.map((group) => {
		const measure = group.measureId === null ? undefined : catalogue.get(group.measureId);
		return {
			measureId: group.measureId,
			name: measure?.name ?? null,
			status: measure?.status ?? null,
			projects: group.projects.map(({ clusterId, title, amount }) => ({ clusterId, title, amount })),
			total: group.total
		};
	});
	return {
		asOf,
		selection: input.calls
			.filter((call) => call.decision !== null && call.decision.date <= asOf)
			.map(selectionLine)
			.sort((a, b) => (a.decisionDate < b.decisionDate ? -1 : a.decisionDate > b.decisionDate ? 1 : 0)),
		participants: input.participants,
		clusters,
		totals: {
			...addUp(clusters),
			used: measuresUsed.reduce((sum, measure) => sum + measure.asked, 0),
			missing: measuresMissing.reduce((sum, group) => sum + group.total, 0)
		},
		measuresUsed,
		measuresMissing
	};
}
