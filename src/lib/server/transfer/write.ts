// The rows of a checked cluster file, written inside the import's one transaction: every plan with
// its live document (the first row of its log), versions with their review steps and comments,
// indicator values and reporting-year steps, and the cluster's audit history. Rows go in as
// multi-row inserts, a slice at a time, so a file of 50,000 values is a hundred statements rather
// than 50,000 round trips (each one a trip to PostgreSQL, or a turn of the SQLite gate).
import { inArray } from 'drizzle-orm';
import type { Db } from '../db';
import { planTitleValues } from '../clusters/names';
import { writePlanDocument } from './documents';
import type { ReadCluster, ReadPlan } from './read';
import type { ReadStep } from './steps';

export type Tx = Db;

// Rows per insert: well inside SQLite's and PostgreSQL's limits on parameters of one statement
// (32,766 and 65,535) for the widest row written in slices (a participant's, 16 columns).
const SLICE = 500;
// Versions carry whole document states: fewer per statement keeps one statement's size modest.
const VERSION_SLICE = 50;

/** `rows` in slices of `size`. */
export function* slices<T>(rows: readonly T[], size = SLICE): Generator<T[]> {
	for (let at = 0; at < rows.length; at += size) yield rows.slice(at, at + size);
}

/**
 * The ids a multi-row insert gave, in the order of its rows. Autoincrement ids are taken row by row
 * in the order of the statement's VALUES on both databases, so the ids sorted are the rows' ids in
 * order, whatever order RETURNING lists them in.
 */
function inRowOrder(returned: { id: number }[]): number[] {
	return returned.map((row) => row.id).sort((a, b) => a - b);
}

/** Every username the file names: members, authors, steps, comments, audit entries and the profile. */
function namesIn(file: ReadCluster): Set<string> {
	const names = new Set<string>();
	const add = (name: string | null | undefined) => name && names.add(name);
	for (const member of file.members) add(member.username);
	for (const plan of file.plans) {
		for (const version of plan.versions) {
			add(version.author);
			for (const step of version.steps) add(step.user);
			for (const comment of version.comments) add(comment.user);
		}
		for (const value of plan.values) add(value.author);
		for (const step of plan.periodSteps) add(step.user);
	}
	for (const entry of file.audit) {
		add(entry.user);
		add(entry.targetUser);
	}
	add(file.profile?.programmeCoordinator);
	add(file.profile?.updatedBy);
	return names;
}

/** Local user ids by username, for every username the file names, read in a few queries. */
export async function userResolver(
	tx: Tx,
	file: ReadCluster
): Promise<(username: string | null) => string | null> {
	const { users } = tx.tables;
	const known = new Map<string, string>();
	for (const names of slices([...namesIn(file)].sort()))
		for (const row of await tx
			.select({ id: users.id, username: users.username })
			.from(users)
			.where(inArray(users.username, names)))
			known.set(row.username, row.id);
	return (username) => (username === null ? null : (known.get(username) ?? null));
}

type UserId = (username: string | null) => string | null;

const stepRow = (step: ReadStep, userId: UserId) => ({
	step: step.step,
	state: step.state,
	comment: step.comment,
	userId: userId(step.user),
	userName: step.userName,
	at: step.at
});

async function writeVersions(tx: Tx, plan: ReadPlan, planId: string, userId: UserId): Promise<void> {
	const { planVersions, versionSteps, versionComments } = tx.tables;
	for (const slice of slices(plan.versions, VERSION_SLICE)) {
		const ids = inRowOrder(
			await tx
				.insert(planVersions)
				.values(
					slice.map((version) => ({
						planId,
						number: version.number,
						label: version.label,
						note: version.note,
						kind: version.kind,
						restoredFrom: version.restoredFrom,
						state: Buffer.from(version.state.buffer, version.state.byteOffset, version.state.byteLength),
						data: { ...version.data, id: planId },
						authorId: userId(version.author),
						authorName: version.authorName,
						createdAt: version.createdAt
					}))
				)
				.returning({ id: planVersions.id })
		);
		const steps = slice.flatMap((version, i) =>
			version.steps.map((step) => ({ versionId: ids[i]!, ...stepRow(step, userId) }))
		);
		for (const rows of slices(steps)) await tx.insert(versionSteps).values(rows);
		const comments = slice.flatMap((version, i) =>
			version.comments.map((comment) => ({
				versionId: ids[i]!,
				item: comment.item,
				against: comment.against,
				text: comment.text,
				userId: userId(comment.user),
				userName: comment.userName,
				at: comment.at
			}))
		);
		for (const rows of slices(comments)) await tx.insert(versionComments).values(rows);
	}
}

/**
 * A plan's values in file order, each correction linked to the new id of the value it corrects. A
 * slice ends before a row whose corrected value is in the same slice, so every link is known when
 * its row is written.
 */
async function writeValues(tx: Tx, plan: ReadPlan, planId: string, userId: UserId): Promise<void> {
	const { indicatorValues } = tx.tables;
	const valueIds = new Map<number, number>();
	let at = 0;
	while (at < plan.values.length) {
		const slice: ReadPlan['values'] = [];
		const inSlice = new Set<number>();
		while (at < plan.values.length && slice.length < SLICE) {
			const value = plan.values[at]!;
			if (value.supersedes !== null && inSlice.has(value.supersedes)) break;
			slice.push(value);
			inSlice.add(value.id);
			at++;
		}
		const ids = inRowOrder(
			await tx
				.insert(indicatorValues)
				.values(
					slice.map(({ id: _id, author, supersedes, ...rest }) => ({
						...rest,
						planId,
						authorId: userId(author),
						supersedes: supersedes === null ? null : valueIds.get(supersedes)!
					}))
				)
				.returning({ id: indicatorValues.id })
		);
		slice.forEach((value, i) => valueIds.set(value.id, ids[i]!));
	}
}

/**
 * One plan under `planId`: its document (already naming `planId`, as are its versions' states),
 * versions, values and steps.
 */
async function writePlan(
	tx: Tx,
	plan: ReadPlan,
	to: { planId: string; clusterId: string },
	userId: UserId
): Promise<void> {
	const { plans, periodSteps } = tx.tables;
	const { planId } = to;
	await tx.insert(plans).values({
		id: planId,
		clusterId: to.clusterId,
		...planTitleValues(plan.title),
		createdAt: plan.createdAt
	});
	await writePlanDocument(tx, planId, plan.document);
	await writeVersions(tx, plan, planId, userId);
	await writeValues(tx, plan, planId, userId);
	const steps = plan.periodSteps.map((step) => ({ planId, year: step.year, ...stepRow(step, userId) }));
	for (const rows of slices(steps)) await tx.insert(periodSteps).values(rows);
}

/** An entry's detail marked as history brought in with the cluster, so nobody reads it as done here. */
function importedDetail(detail: unknown, from: string): Record<string, unknown> {
	if (detail !== null && typeof detail === 'object' && !Array.isArray(detail))
		return { ...(detail as Record<string, unknown>), imported: from };
	return detail === null || detail === undefined ? { imported: from } : { value: detail, imported: from };
}

/** The ids a file's plans and participants take here, by their ids in the file. */
export type FileIds = { plans: ReadonlyMap<string, string>; participants: ReadonlyMap<string, string> };

/**
 * The file's audit history under the new cluster, its plan and participant ids and people mapped to
 * this server's.
 */
async function writeHistory(
	tx: Tx,
	file: ReadCluster,
	clusterId: string,
	ids: FileIds,
	userId: UserId
): Promise<void> {
	const { auditLog } = tx.tables;
	const rows = file.audit.map((entry) => {
		let target = entry.target;
		if (entry.targetUser) target = userId(entry.targetUser) ?? entry.targetUser;
		else if (target) {
			const [planId, ...rest] = target.split('/');
			const mapped = ids.plans.get(planId!);
			if (mapped) target = [mapped, ...rest].join('/');
			else target = ids.participants.get(target) ?? target;
		}
		return {
			at: entry.at,
			userId: userId(entry.user),
			action: entry.action,
			clusterId,
			target,
			detail: importedDetail(entry.detail, file.cluster.id)
		};
	});
	for (const slice of slices(rows)) await tx.insert(auditLog).values(slice);
}

/** Every plan of `file` (under the ids `ids` gives) and its audit history, inside `tx`. */
export async function writeContent(
	tx: Tx,
	file: ReadCluster,
	clusterId: string,
	ids: FileIds,
	userId: UserId
): Promise<void> {
	for (const plan of file.plans)
		await writePlan(tx, plan, { planId: ids.plans.get(plan.id)!, clusterId }, userId);
	await writeHistory(tx, file, clusterId, ids, userId);
}
