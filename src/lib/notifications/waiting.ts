// Who waits on whom: every open step of the programme (a version to review, a year to approve or to
// send again, an application to check or to score, a report overdue) with the people who must act
// and since when, grouped by person and by cluster, the longest waiting first, and each
// coordinator's load across the clusters they look after. Pure: the server gathers the steps.
import type { Localized } from '../plan/localized';

export const WAITING_KINDS = [
	'version_review',
	'year_approval',
	'year_returned',
	'application_check',
	'application_scores',
	'report_overdue'
] as const;
/** What an open step waits for. */
export type WaitingKind = (typeof WAITING_KINDS)[number];

/** Someone who must act. */
export type WaitingPerson = { userId: string; name: string };

/** One open step: what, where, since when and on whom it waits. */
export type OpenStep = {
	kind: WaitingKind;
	/** The cluster it belongs to; none for an application of the selection. */
	clusterId?: string;
	clusterName?: Localized;
	planId?: string;
	planTitle?: Localized;
	/** What the step is about, in its own words: `v3 · label`, a year, an application's name. */
	title: string;
	/** An application's name in each language (its `title` is one of them). */
	name?: Localized;
	/** The year, for a reporting year or an overdue report. */
	year?: number;
	/** A path inside the app: the diff, the year, the application. */
	link: string;
	/** ISO moment the step began waiting. */
	since: string;
	/** Who must act; empty when nobody in the cluster can (which is itself worth seeing). */
	waitingOn: WaitingPerson[];
	/** Whole days waiting, by Almaty days. */
	days: number;
};

/** The steps that wait on one person (`userId: null`: on nobody). */
export type PersonGroup = {
	userId: string | null;
	name: string;
	/** How many steps wait on them. */
	open: number;
	/** When their oldest step began waiting. */
	oldest: string;
	steps: OpenStep[];
};

/** The open steps of one cluster (`clusterId: null`: the selection's). */
export type ClusterGroup = {
	clusterId: string | null;
	clusterName: Localized | null;
	open: number;
	oldest: string;
	steps: OpenStep[];
};

/** A coordinator and the clusters they look after, as the server reads memberships. */
export type Coordinator = WaitingPerson & { clusters: { clusterId: string; clusterName: Localized }[] };

/** A coordinator's load: what waits on them, in all and per cluster they look after. */
export type CoordinatorLoad = WaitingPerson & {
	clusters: { clusterId: string; clusterName: Localized; open: number }[];
	open: number;
};

/** The steps, the longest waiting first (then by title, so the order does not wobble). */
export function oldestFirst(steps: readonly OpenStep[]): OpenStep[] {
	return steps.toSorted(
		(a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : 0) || a.link.localeCompare(b.link)
	);
}

const byOldest = <T extends { oldest: string; open: number }>(a: T, b: T) =>
	a.oldest < b.oldest ? -1 : a.oldest > b.oldest ? 1 : b.open - a.open;

/** The steps grouped by whom they wait on; a step on two people is in both groups. */
export function groupByPerson(steps: readonly OpenStep[]): PersonGroup[] {
	const groups = new Map<string | null, PersonGroup>();
	for (const step of oldestFirst(steps)) {
		const people = step.waitingOn.length ? step.waitingOn : [{ userId: null, name: '' }];
		for (const person of people) {
			const group = groups.get(person.userId) ?? {
				userId: person.userId,
				name: person.name,
				open: 0,
				oldest: step.since,
				steps: []
			};
			group.steps.push(step);
			group.open++;
			groups.set(person.userId, group);
		}
	}
	return [...groups.values()].toSorted(byOldest);
}

/** The steps grouped by cluster, the selection's steps under `clusterId: null`. */
export function groupByCluster(steps: readonly OpenStep[]): ClusterGroup[] {
	const groups = new Map<string | null, ClusterGroup>();
	for (const step of oldestFirst(steps)) {
		const id = step.clusterId ?? null;
		const group = groups.get(id) ?? {
			clusterId: id,
			clusterName: step.clusterName ?? null,
			open: 0,
			oldest: step.since,
			steps: []
		};
		group.steps.push(step);
		group.open++;
		groups.set(id, group);
	}
	return [...groups.values()].toSorted(byOldest);
}

/**
 * Each coordinator's load: the steps of the clusters they look after that wait on them, the most
 * loaded first. A coordinator with nothing waiting is listed too, with 0.
 */
export function coordinatorLoad(
	steps: readonly OpenStep[],
	coordinators: readonly Coordinator[]
): CoordinatorLoad[] {
	return coordinators
		.map((coordinator) => {
			const clusters = coordinator.clusters.map(({ clusterId, clusterName }) => ({
				clusterId,
				clusterName,
				open: steps.filter(
					(step) =>
						step.clusterId === clusterId &&
						step.waitingOn.some((person) => person.userId === coordinator.userId)
				).length
			}));
			return {
				userId: coordinator.userId,
				name: coordinator.name,
				clusters,
				open: clusters.reduce((sum, cluster) => sum + cluster.open, 0)
			};
		})
		.toSorted((a, b) => b.open - a.open || a.name.localeCompare(b.name));
}
