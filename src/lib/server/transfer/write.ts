// The rows of a checked cluster file, written inside the import's one transaction: every plan with
// its live document (through the document store), versions with their review steps and comments,
// indicator values and reporting-year steps, and the cluster's audit history. The transaction holds
// the database (and, SQLite being synchronous, the server) while it runs, so each kind of row is one
// prepared statement run many times rather than a statement built per row.
import { eq, sql, type Placeholder } from 'drizzle-orm';
import type { Db } from '../db';
import {
	auditLog,
	indicatorValues,
	periodSteps,
	planVersions,
	plans,
	users,
	versionComments,
	versionSteps
} from '../db/schema';
import { documentStore } from '../plans/document';
import { planTitleValues } from '../clusters/names';
import type { ReadCluster, ReadPlan } from './read';
import type { ReadStep } from './steps';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** A placeholder per named column, for a statement prepared once and run per row. */
function slots<K extends string>(...names: K[]): Record<K, Placeholder<K>> {
	return Object.fromEntries(names.map((name) => [name, sql.placeholder(name)])) as Record<K, Placeholder<K>>;
}

const STEP = ['step', 'state', 'comment', 'userId', 'userName', 'at'] as const;

/** The statements of one import, prepared once inside its transaction. */
function statements(tx: Tx) {
	return {
		version: tx
			.insert(planVersions)
			.values(
				slots(
					'planId',
					'number',
					'label',
					'note',
					'kind',
					'restoredFrom',
					'state',
					'data',
					'authorId',
					'authorName',
					'createdAt'
				)
			)
			.returning({ id: planVersions.id })
			.prepare(),
		versionStep: tx
			.insert(versionSteps)
			.values(slots('versionId', ...STEP))
			.prepare(),
		versionComment: tx
			.insert(versionComments)
			.values(slots('versionId', 'item', 'against', 'text', 'userId', 'userName', 'at'))
			.prepare(),
		value: tx
			.insert(indicatorValues)
			.values(
				slots(
					'planId',
					'indicatorId',
					'period',
					'value',
					'note',
					'evidence',
					'supersedes',
					'authorId',
					'authorName',
					'via',
					'createdAt'
				)
			)
			.returning({ id: indicatorValues.id })
			.prepare(),
		periodStep: tx
			.insert(periodSteps)
			.values(slots('planId', 'year', ...STEP))
			.prepare(),
		audit: tx
			.insert(auditLog)
			.values(slots('at', 'userId', 'action', 'clusterId', 'target', 'detail'))
			.prepare()
	};
}

export type Statements = ReturnType<typeof statements>;

/** Local user ids by username, looked up once each. */
export function userResolver(tx: Tx): (username: string | null) => string | null {
	const known = new Map<string, string | null>();
	return (username) => {
		if (username === null) return null;
		if (!known.has(username)) {
			const row = tx.select({ id: users.id }).from(users).where(eq(users.username, username)).get();
			known.set(username, row?.id ?? null);
		}
		return known.get(username)!;
	};
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

/**
 * One plan under `planId`: its document (already naming `planId`, as are its versions' states),
 * versions, values and steps.
 */
function writePlan(
	tx: Tx,
	db: Db,
	run: Statements,
	plan: ReadPlan,
	to: { planId: string; clusterId: string },
	userId: UserId
) {
	const { planId } = to;
	tx.insert(plans)
		.values({
			id: planId,
			clusterId: to.clusterId,
			...planTitleValues(plan.title),
			createdAt: plan.createdAt
		})
		.run();
	// Inside this transaction: the document store's own transaction becomes a savepoint of it.
	documentStore(db).compact(planId, plan.document);
	for (const version of plan.versions) {
		const row = run.version.get({
			planId,
			number: version.number,
			label: version.label,
			note: version.note,
			kind: version.kind,
			restoredFrom: version.restoredFrom,
			state: Buffer.from(version.state),
			data: { ...version.data, id: planId },
			authorId: userId(version.author),
			authorName: version.authorName,
			createdAt: version.createdAt
		})!;
		for (const step of version.steps) run.versionStep.run({ versionId: row.id, ...stepRow(step, userId) });
		for (const comment of version.comments)
			run.versionComment.run({
				versionId: row.id,
				item: comment.item,
				against: comment.against,
				text: comment.text,
				userId: userId(comment.user),
				userName: comment.userName,
				at: comment.at
			});
	}
	const valueIds = new Map<number, number>();
	for (const value of plan.values) {
		const { id, author, supersedes, ...rest } = value;
		const row = run.value.get({
			...rest,
			planId,
			authorId: userId(author),
			supersedes: supersedes === null ? null : valueIds.get(supersedes)!
		})!;
		valueIds.set(id, row.id);
	}
	for (const step of plan.periodSteps)
		run.periodStep.run({ planId, year: step.year, ...stepRow(step, userId) });
}

/** An entry's detail marked as history brought in with the cluster, so nobody reads it as done here. */
function importedDetail(detail: unknown, from: string): Record<string, unknown> {
	if (detail !== null && typeof detail === 'object' && !Array.isArray(detail))
		return { ...(detail as Record<string, unknown>), imported: from };
	return detail === null || detail === undefined ? { imported: from } : { value: detail, imported: from };
}

/** The file's audit history under the new cluster, its plan ids and people mapped to this server's. */
function writeHistory(
	run: Statements,
	file: ReadCluster,
	clusterId: string,
	planIds: ReadonlyMap<string, string>,
	userId: UserId
) {
	for (const entry of file.audit) {
		let target = entry.target;
		if (entry.targetUser) target = userId(entry.targetUser) ?? entry.targetUser;
		else if (target) {
			const [planId, ...rest] = target.split('/');
			const mapped = planIds.get(planId!);
			if (mapped) target = [mapped, ...rest].join('/');
		}
		run.audit.run({
			at: entry.at,
			userId: userId(entry.user),
			action: entry.action,
			clusterId,
			target,
			detail: importedDetail(entry.detail, file.cluster.id)
		});
	}
}

/** Every plan of `file` (under the ids `planIds` gives) and its audit history, inside `tx`. */
export function writeContent(
	tx: Tx,
	db: Db,
	file: ReadCluster,
	clusterId: string,
	planIds: ReadonlyMap<string, string>,
	userId: UserId
): void {
	const run = statements(tx);
	for (const plan of file.plans)
		writePlan(tx, db, run, plan, { planId: planIds.get(plan.id)!, clusterId }, userId);
	writeHistory(run, file, clusterId, planIds, userId);
}
