// Who waits on whom, as the caller may see it: every open step of the clusters they may view (versions
// waiting for review, years for approval or to be sent again, overdue reports) and of the selection
// (applications waiting for KIDI's formal check, for their evaluators' scores), each with who must
// act and since when. Every row passes `can` for the caller; the grouping is $lib/notifications/waiting.
import { and, eq, inArray, max } from 'drizzle-orm';
import type { Db } from '../db';
import type { AppUser } from '../authz/actor';
import { can } from '../authz/can';
import { clusterNameColumns, planTitleColumns } from '../clusters/names';
import { yearStates } from '../indicators/periods';
import { readAssignments, readCalls, readApplications, readSheets } from '../selection/store';
import { allowedTo, clusterPeople, withRole, type Person } from './audience';
import { planDeadlines, yearLink } from './deadlines';
import { addDays, dayOf, daysBetween } from '../../notifications/calendar';
import {
	coordinatorLoad,
	groupByCluster,
	groupByPerson,
	oldestFirst,
	type Coordinator,
	type OpenStep,
	type WaitingPerson
} from '../../notifications/waiting';
import { textIn, type Localized } from '../../plan';
import { Refusal } from '../../refusal';

export type WaitingAnswer = {
	asOf: string;
	steps: OpenStep[];
	byPerson: ReturnType<typeof groupByPerson>;
	byCluster: ReturnType<typeof groupByCluster>;
	coordinators: ReturnType<typeof coordinatorLoad>;
};

type Cluster = { id: string; name: Localized; people: Person[] };
type Plan = { id: string; clusterId: string; title: Localized };
type Draft = Omit<OpenStep, 'days'>;

const named = (people: readonly Person[]): WaitingPerson[] =>
	people.map((person) => ({ userId: person.id, name: person.displayName }));

/** KIDI's reviewers of a cluster: who decides on its versions and years. */
const reviewersOf = (cluster: Cluster, action: 'version.review' | 'period.review') =>
	named(allowedTo(withRole(cluster.people, cluster.id, ['reviewer']), action, cluster.id));

/** Who reports for a cluster: its coordinators, else its facilitators (who may submit a year too). */
function reportersOf(cluster: Cluster): WaitingPerson[] {
	for (const role of ['coordinator', 'facilitator'] as const) {
		const found = allowedTo(withRole(cluster.people, cluster.id, [role]), 'period.submit', cluster.id);
		if (found.length) return named(found);
	}
	return [];
}

/** Versions whose latest step is a submission, in the caller's plans. */
async function versionSteps(
	db: Db,
	clusters: Map<string, Cluster>,
	plans: Map<string, Plan>
): Promise<Draft[]> {
	if (!plans.size) return [];
	const { planVersions, versionSteps: steps } = db.tables;
	const latest = db
		.select({ id: max(steps.id).as('latest_id') })
		.from(steps)
		.groupBy(steps.versionId)
		.as('latest');
	const rows = await db
		.select({
			planId: planVersions.planId,
			number: planVersions.number,
			label: planVersions.label,
			at: steps.at
		})
		.from(steps)
		.innerJoin(latest, eq(latest.id, steps.id))
		.innerJoin(planVersions, eq(planVersions.id, steps.versionId))
		.where(and(eq(steps.state, 'submitted'), inArray(planVersions.planId, [...plans.keys()])));
	return rows.map((row) => {
		const plan = plans.get(row.planId)!;
		const cluster = clusters.get(plan.clusterId)!;
		const base = `/c/${cluster.id}/p/${plan.id}/versions`;
		return {
			kind: 'version_review',
			...where(cluster, plan),
			title: `v${row.number} · ${row.label}`,
			// The diff from the version before is what a reviewer reads.
			link: row.number > 1 ? `${base}/${row.number - 1}/diff/${row.number}` : `${base}/${row.number}`,
			since: row.at.toISOString(),
			waitingOn: reviewersOf(cluster, 'version.review')
		};
	});
}

const where = (cluster: Cluster, plan: Plan) => ({
	clusterId: cluster.id,
	clusterName: cluster.name,
	planId: plan.id,
	planTitle: plan.title
});

/** Years submitted (for the reviewers), returned (for the reporters), and reports overdue. */
async function yearSteps(db: Db, clusters: Map<string, Cluster>, plans: Map<string, Plan>, now: number) {
	const drafts: Draft[] = [];
	for (const plan of plans.values()) {
		const cluster = clusters.get(plan.clusterId)!;
		const year = (y: number) => ({
			...where(cluster, plan),
			title: String(y),
			year: y,
			link: yearLink(cluster.id, plan.id, y)
		});
		const states = await yearStates(db, plan.id);
		for (const status of states.values()) {
			if (status.state === 'submitted')
				drafts.push({
					kind: 'year_approval',
					...year(status.year),
					since: status.last.at.toISOString(),
					waitingOn: reviewersOf(cluster, 'period.review')
				});
			if (status.state === 'returned')
				drafts.push({
					kind: 'year_returned',
					...year(status.year),
					since: status.last.at.toISOString(),
					waitingOn: reportersOf(cluster)
				});
		}
		for (const deadline of await planDeadlines(db, plan, now)) {
			// A returned year already waits on those who report: one row for one step.
			if (deadline.state !== 'overdue' || states.get(deadline.year)?.state === 'returned') continue;
			drafts.push({
				kind: 'report_overdue',
				...year(deadline.year),
				// Overdue from the first Almaty day after the due day.
				since: new Date(`${addDays(deadline.dueOn, 1)}T00:00:00+05:00`).toISOString(),
				waitingOn: reportersOf(cluster)
			});
		}
	}
	return drafts;
}

/** Applications waiting for the formal check (KIDI) or for scores (their evaluators), as the caller may see them. */
async function selectionSteps(db: Db, user: AppUser): Promise<Draft[]> {
	const drafts: Draft[] = [];
	const { users } = db.tables;
	const kidiRows = await db
		.select({ id: users.id, name: users.displayName })
		.from(users)
		.where(eq(users.globalRole, 'reviewer'));
	const kidi = kidiRows.map((row) => ({ userId: row.id, name: row.name }));
	for (const call of await readCalls(db)) {
		if (call.state !== 'closed' && call.state !== 'scoring') continue;
		const [applications, assigned, sheets] = await Promise.all([
			readApplications(db, call.id),
			readAssignments(db, call.id),
			readSheets(db, call.id)
		]);
		const names = await evaluatorNames(db, [...assigned.values()].flat());
		for (const application of applications) {
			const base = {
				title: textIn(application.name, 'ru').text || application.id,
				name: application.name,
				link: `/calls/${encodeURIComponent(call.id)}/applications/${encodeURIComponent(application.id)}`,
				since: application.submittedAt ?? new Date(call.updatedAt).toISOString()
			};
			if (application.state === 'submitted' && can(user, 'application.check', { call })) {
				drafts.push({ kind: 'application_check', ...base, waitingOn: kidi });
				continue;
			}
			if (call.state !== 'scoring' || application.state !== 'eligible') continue;
			const evaluators = assigned.get(application.id) ?? [];
			const pending = evaluators.filter(
				(id) =>
					!sheets.some(
						(s) => s.applicationId === application.id && s.evaluatorId === id && (s.submittedAt || s.conflict)
					)
			);
			// KIDI sees every evaluator's delay; an evaluator only their own.
			const shown = can(user, 'ranking.view', { call }) ? pending : pending.filter((id) => id === user.id);
			if (!shown.length) continue;
			drafts.push({
				kind: 'application_scores',
				...base,
				waitingOn: shown.map((id) => ({ userId: id, name: names.get(id) ?? '' }))
			});
		}
	}
	return drafts;
}

async function evaluatorNames(db: Db, ids: string[]): Promise<Map<string, string>> {
	if (!ids.length) return new Map();
	const { users } = db.tables;
	const rows = await db
		.select({ id: users.id, name: users.displayName })
		.from(users)
		.where(inArray(users.id, [...new Set(ids)]));
	return new Map(rows.map((row) => [row.id, row.name]));
}

/**
 * Every open step the caller may see, as of `now`, with its groupings. Refused 403 to anyone who
 * may not see who waits on whom (`waiting.view`).
 */
export async function waitingFor(db: Db, user: AppUser, now: number): Promise<WaitingAnswer> {
	if (!can(user, 'waiting.view')) throw new Refusal(403, 'forbidden', 'you may not see who waits on whom');
	const { clusters: clusterTable, plans: planTable } = db.tables;
	const clusterRows = (
		await db.select({ id: clusterTable.id, name: clusterNameColumns(clusterTable).name }).from(clusterTable)
	).filter((row) => can(user, 'plan.view', { clusterId: row.id }));
	const clusters = new Map<string, Cluster>();
	for (const row of clusterRows) clusters.set(row.id, { ...row, people: await clusterPeople(db, row.id) });
	const planRows = clusters.size
		? await db
				.select({ id: planTable.id, clusterId: planTable.clusterId, title: planTitleColumns(planTable) })
				.from(planTable)
				.where(inArray(planTable.clusterId, [...clusters.keys()]))
		: [];
	const plans = new Map(planRows.map((row) => [row.id, row]));
	const drafts = [
		...(await versionSteps(db, clusters, plans)),
		...(await yearSteps(db, clusters, plans, now)),
		...(await selectionSteps(db, user))
	];
	const today = dayOf(now);
	const steps = oldestFirst(
		drafts.map((draft) => ({
			...draft,
			days: Math.max(0, daysBetween(dayOf(Date.parse(draft.since)), today))
		}))
	);
	const coordinators = new Map<string, Coordinator>();
	for (const cluster of clusters.values())
		for (const person of withRole(cluster.people, cluster.id, ['coordinator'])) {
			const entry = coordinators.get(person.id) ?? {
				userId: person.id,
				name: person.displayName,
				clusters: []
			};
			entry.clusters.push({ clusterId: cluster.id, clusterName: cluster.name });
			coordinators.set(person.id, entry);
		}
	return {
		asOf: new Date(now).toISOString(),
		steps,
		byPerson: groupByPerson(steps),
		byCluster: groupByCluster(steps),
		coordinators: coordinatorLoad(steps, [...coordinators.values()])
	};
}
