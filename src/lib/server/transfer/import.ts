// Writes a whole cluster file into a cluster that does not exist yet, in one transaction: the cluster,
// the members this server knows by username, every plan's live document (through the document store)
// with its versions, indicator values, reporting-year steps and the cluster's audit history.
// Imported under a new id (a handover copy), every plan gets a new id too, written into its documents.
import { eq } from 'drizzle-orm';
import { newId } from '../../plan';
import type { Db } from '../db';
import {
	auditLog,
	clusters,
	indicatorValues,
	memberships,
	periodSteps,
	planVersions,
	plans,
	users,
	versionComments,
	versionSteps
} from '../db/schema';
import { audit } from '../audit';
import { can } from '../authz/can';
import type { AppUser } from '../authz/actor';
import { documentStore } from '../plans/document';
import { decodePlan, encodePlan, renamePlanDocument } from './documents';
import type { ClusterImported } from './format';
import { TransferProblem } from './problem';
import { isClusterId, readClusterFile, type ReadCluster, type ReadPlan } from './read';

export type ImportOptions = {
	/** Import under this id instead of the file's (a copy beside the original). */
	asId?: string;
	/** Import under this name instead of the file's. */
	name?: string;
};

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

function options(input: ImportOptions): { asId: string | null; name: string | null } {
	const asId = input.asId?.trim().toLowerCase() || null;
	const name = input.name?.trim() || null;
	if (asId !== null && !isClusterId(asId))
		throw new TransferProblem(400, 'invalid_id', 'a cluster id is 1–48 letters, digits and hyphens');
	if (name !== null && name.length > 120)
		throw new TransferProblem(400, 'invalid_name', 'a cluster name is at most 120 characters');
	return { asId, name };
}

/** Local user ids by username, looked up once each. */
function userResolver(tx: Tx): (username: string | null) => string | null {
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

/** The state with the plan's new id written in, or as it is when the id stays. */
function withPlanId(state: Uint8Array, from: string, to: string, migrate: boolean): Uint8Array {
	if (from === to) return state;
	const doc = decodePlan(state, 'plan', { migrate });
	try {
		renamePlanDocument(doc, to);
		return encodePlan(doc);
	} finally {
		doc.destroy();
	}
}

function writePlan(
	tx: Tx,
	db: Db,
	plan: ReadPlan,
	to: { planId: string; clusterId: string },
	userId: (u: string | null) => string | null
) {
	const { planId } = to;
	tx.insert(plans)
		.values({ id: planId, clusterId: to.clusterId, title: plan.title, createdAt: plan.createdAt })
		.run();
	// Inside this transaction: the document store's own transaction becomes a savepoint of it.
	documentStore(db).compact(planId, withPlanId(plan.document, plan.id, planId, true));
	for (const version of plan.versions) {
		const data = plan.id === planId ? version.data : { ...version.data, id: planId };
		const row = tx
			.insert(planVersions)
			.values({
				planId,
				number: version.number,
				label: version.label,
				note: version.note,
				kind: version.kind,
				restoredFrom: version.restoredFrom,
				state: Buffer.from(withPlanId(version.state, plan.id, planId, false)),
				data,
				authorId: userId(version.author),
				authorName: version.authorName,
				createdAt: version.createdAt
			})
			.returning({ id: planVersions.id })
			.get();
		for (const step of version.steps)
			tx.insert(versionSteps)
				.values({ versionId: row.id, ...rowAuthor(step, userId) })
				.run();
		for (const comment of version.comments)
			tx.insert(versionComments)
				.values({
					versionId: row.id,
					item: comment.item,
					against: comment.against,
					text: comment.text,
					userId: userId(comment.user),
					userName: comment.userName,
					at: comment.at
				})
				.run();
	}
	const valueIds = new Map<number, number>();
	for (const value of plan.values) {
		const { id, author, supersedes, ...rest } = value;
		const row = tx
			.insert(indicatorValues)
			.values({
				...rest,
				planId,
				authorId: userId(author),
				supersedes: supersedes === null ? null : valueIds.get(supersedes)!
			})
			.returning({ id: indicatorValues.id })
			.get();
		valueIds.set(id, row.id);
	}
	for (const step of plan.periodSteps)
		tx.insert(periodSteps)
			.values({ planId, year: step.year, ...rowAuthor(step, userId) })
			.run();
}

function rowAuthor(
	step: { step: string; state: string; comment: string; user: string | null; userName: string; at: Date },
	userId: (u: string | null) => string | null
) {
	return {
		step: step.step,
		state: step.state,
		comment: step.comment,
		userId: userId(step.user),
		userName: step.userName,
		at: step.at
	};
}

/** An entry's detail marked as history brought in with the cluster, so nobody reads it as done here. */
function importedDetail(detail: unknown, from: string): Record<string, unknown> {
	if (detail !== null && typeof detail === 'object' && !Array.isArray(detail))
		return { ...(detail as Record<string, unknown>), imported: from };
	return detail === null || detail === undefined ? { imported: from } : { value: detail, imported: from };
}

/** The file's audit history under the new cluster, its plan ids and people mapped to this server's. */
function writeHistory(
	tx: Tx,
	file: ReadCluster,
	clusterId: string,
	planIds: Map<string, string>,
	userId: (u: string | null) => string | null
) {
	for (const entry of file.audit) {
		let target = entry.target;
		if (entry.targetUser) target = userId(entry.targetUser) ?? entry.targetUser;
		else if (target) {
			const [planId, ...rest] = target.split('/');
			const mapped = planIds.get(planId!);
			if (mapped) target = [mapped, ...rest].join('/');
		}
		tx.insert(auditLog)
			.values({
				at: entry.at,
				userId: userId(entry.user),
				action: entry.action,
				clusterId,
				target,
				detail: importedDetail(entry.detail, file.cluster.id)
			})
			.run();
	}
}

/**
 * Imports a cluster file (admins only). Checks the whole file first; then writes everything in one
 * transaction or nothing. 409 `cluster_exists` when the cluster id is taken. Audited.
 */
export function importCluster(
	db: Db,
	user: AppUser,
	bytes: Uint8Array,
	input: ImportOptions = {}
): ClusterImported {
	if (!can(user, 'cluster.import'))
		throw new TransferProblem(403, 'forbidden', 'only admins may import a cluster');
	const { asId, name } = options(input);
	const file = readClusterFile(bytes);
	const clusterId = asId ?? file.cluster.id;
	const copy = clusterId !== file.cluster.id;
	return db.transaction(
		(tx) => {
			if (tx.select({ id: clusters.id }).from(clusters).where(eq(clusters.id, clusterId)).get())
				throw new TransferProblem(
					409,
					'cluster_exists',
					`a cluster with the id "${clusterId}" exists already`
				);
			const taken = (id: string) => !!tx.select({ id: plans.id }).from(plans).where(eq(plans.id, id)).get();
			const planIds = new Map(
				file.plans.map((plan) => [plan.id, copy || taken(plan.id) ? newId() : plan.id])
			);
			const clusterName = name ?? file.cluster.name;
			tx.insert(clusters)
				.values({ ...file.cluster, id: clusterId, name: clusterName })
				.run();

			const userId = userResolver(tx);
			const unknownMembers: string[] = [];
			const linked = new Set<string>();
			for (const member of file.members) {
				const id = userId(member.username);
				if (id === null) unknownMembers.push(member.username);
				else if (!linked.has(id)) {
					linked.add(id);
					tx.insert(memberships).values({ clusterId, userId: id, role: member.role }).run();
				}
			}
			for (const plan of file.plans)
				writePlan(tx, db, plan, { planId: planIds.get(plan.id)!, clusterId }, userId);
			writeHistory(tx, file, clusterId, planIds, userId);

			const imported: ClusterImported = {
				clusterId,
				name: clusterName,
				plans: file.plans.length,
				versions: file.plans.reduce((n, plan) => n + plan.versions.length, 0),
				values: file.plans.reduce((n, plan) => n + plan.values.length, 0),
				planIds: Object.fromEntries(planIds),
				members: linked.size,
				unknownMembers
			};
			audit(tx, {
				userId: user.id,
				action: 'cluster.import',
				clusterId,
				detail: {
					from: file.cluster.id,
					plans: imported.plans,
					versions: imported.versions,
					values: imported.values,
					unknownMembers
				}
			});
			return imported;
		},
		{ behavior: 'immediate' }
	);
}
