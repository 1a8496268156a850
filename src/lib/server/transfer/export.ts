// Writes a whole cluster as one JSON file (see format.ts) for a backup or a handover, its registry
// included (registry-export.ts). Rows are read as every page reads them: one stored before the
// import checked every field and that no page can read (a value for period `Q9-xyz`) is logged and
// left out, so the file imports again.
import { asc, eq, inArray } from 'drizzle-orm';
import * as Y from 'yjs';
import { initPlan, type Localized } from '../../plan';
import type { Db } from '../db';
import { audit } from '../audit';
import { can } from '../authz/can';
import type { AppUser } from '../authz/actor';
import { clusterMembers, getCluster } from '../clusters';
import { planTitleColumns } from '../clusters/names';
import { valueLog } from '../indicators/values';
import { readableSteps } from '../indicators/readable-rows';
import { readableVersionSteps, versionData } from '../versions/readable';
import {
	CLUSTER_FORMAT,
	CLUSTER_FORMAT_VERSION,
	type ClusterExport,
	type ExportedPlan,
	type ExportedVersion
} from './format';
import { storedDocument } from './documents';
import { exportedRegistry } from './registry-export';
import { transferProblem } from './problem';

const iso = (date: Date) => date.toISOString();
const base64 = (bytes: Uint8Array) =>
	Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

/** Usernames by user id, to name every row's author by something that means the same on another server. */
async function usernames(db: Db): Promise<(id: string | null) => string | null> {
	const { users } = db.tables;
	const byId = new Map(
		(await db.select({ id: users.id, username: users.username }).from(users)).map((u) => [u.id, u.username])
	);
	return (id) => (id === null ? null : (byId.get(id) ?? null));
}

/** The live document as one update; a plan nobody has opened yet is laid out first, as readers see it. */
async function documentState(db: Db, plan: { id: string; title: Localized }): Promise<string> {
	const doc = await storedDocument(db, plan.id);
	try {
		if (doc.getMap('meta').get('schemaVersion') === undefined) initPlan(doc, plan);
		return base64(Y.encodeStateAsUpdate(doc));
	} finally {
		doc.destroy();
	}
}

/** Rows whose `versionId` is one of `ids`, a slice of ids a query (within every dialect's parameter limit). */
async function byVersion<T>(ids: number[], read: (slice: number[]) => Promise<T[]>): Promise<T[]> {
	const rows: T[] = [];
	for (let at = 0; at < ids.length; at += 1_000) rows.push(...(await read(ids.slice(at, at + 1_000))));
	return rows;
}

async function versionsOf(
	db: Db,
	planId: string,
	username: (id: string | null) => string | null
): Promise<ExportedVersion[]> {
	const { planVersions, versionSteps, versionComments } = db.tables;
	const rows = await db
		.select()
		.from(planVersions)
		.where(eq(planVersions.planId, planId))
		.orderBy(asc(planVersions.number));
	const ids = rows.map((row) => row.id);
	const steps = readableVersionSteps(
		await byVersion(ids, (slice) =>
			db
				.select()
				.from(versionSteps)
				.where(inArray(versionSteps.versionId, slice))
				.orderBy(asc(versionSteps.id))
		)
	);
	const comments = await byVersion(ids, (slice) =>
		db
			.select()
			.from(versionComments)
			.where(inArray(versionComments.versionId, slice))
			.orderBy(asc(versionComments.id))
	);
	return rows.map((row) => ({
		number: row.number,
		label: row.label,
		note: row.note,
		kind: row.kind,
		restoredFrom: row.restoredFrom,
		state: base64(row.state),
		data: versionData(row),
		author: username(row.authorId),
		authorName: row.authorName,
		createdAt: iso(row.createdAt),
		steps: steps
			.filter((step) => step.versionId === row.id)
			.map((step) => ({
				step: step.step,
				state: step.state,
				comment: step.comment,
				user: username(step.userId),
				userName: step.userName,
				at: iso(step.at)
			})),
		comments: comments
			.filter((comment) => comment.versionId === row.id)
			.map((comment) => ({
				item: comment.item,
				against: comment.against,
				text: comment.text,
				user: username(comment.userId),
				userName: comment.userName,
				at: iso(comment.at)
			}))
	}));
}

async function valuesOf(
	db: Db,
	planId: string,
	username: (id: string | null) => string | null
): Promise<ExportedPlan['values']> {
	const rows = await valueLog(db, planId);
	const kept = new Set(rows.map((row) => row.id));
	return rows.map((row) => ({
		id: row.id,
		indicatorId: row.indicatorId,
		period: row.period,
		value: row.value,
		note: row.note,
		evidence: row.evidence,
		// A correction of a row left out as unreadable corrects nothing the file holds.
		supersedes: row.supersedes !== null && kept.has(row.supersedes) ? row.supersedes : null,
		author: username(row.authorId),
		authorName: row.authorName,
		via: row.via,
		createdAt: iso(row.createdAt)
	}));
}

async function planOf(
	db: Db,
	plan: { id: string; title: Localized; createdAt: Date },
	username: (id: string | null) => string | null
): Promise<ExportedPlan> {
	const { periodSteps } = db.tables;
	return {
		id: plan.id,
		title: plan.title,
		createdAt: iso(plan.createdAt),
		document: await documentState(db, plan),
		versions: await versionsOf(db, plan.id, username),
		values: await valuesOf(db, plan.id, username),
		periodSteps: readableSteps(
			await db.select().from(periodSteps).where(eq(periodSteps.planId, plan.id)).orderBy(asc(periodSteps.id)),
			plan.id
		).map((row) => ({
			year: row.year,
			step: row.step,
			state: row.state,
			comment: row.comment,
			user: username(row.userId),
			userName: row.userName,
			at: iso(row.at)
		}))
	};
}

/** The whole cluster as the file format; null when there is no such cluster. Reads in one transaction. */
export async function exportCluster(
	db: Db,
	clusterId: string,
	now = new Date()
): Promise<ClusterExport | null> {
	// One read transaction, documents included: a value recorded or an edit stored meanwhile is
	// either wholly in the file or not at all.
	return db.transaction(async (tx) => {
		const { plans, auditLog } = tx.tables;
		const cluster = await getCluster(tx, clusterId);
		if (!cluster) return null;
		const username = await usernames(tx);
		const planRows = await tx
			.select({ id: plans.id, title: planTitleColumns(plans), createdAt: plans.createdAt })
			.from(plans)
			.where(eq(plans.clusterId, clusterId))
			.orderBy(asc(plans.createdAt), asc(plans.id));
		const log = await tx
			.select()
			.from(auditLog)
			.where(eq(auditLog.clusterId, clusterId))
			.orderBy(asc(auditLog.id));
		const members = await clusterMembers(tx, clusterId);
		const registry = await exportedRegistry(tx, clusterId, username);
		const exported: ExportedPlan[] = [];
		for (const plan of planRows) exported.push(await planOf(tx, plan, username));
		return {
			format: CLUSTER_FORMAT,
			formatVersion: CLUSTER_FORMAT_VERSION,
			exportedAt: iso(now),
			cluster: {
				id: cluster.id,
				name: cluster.name,
				region: cluster.region,
				sector: cluster.sector,
				createdAt: iso(cluster.createdAt)
			},
			members: members.map(({ username, displayName, role }) => ({
				username,
				displayName,
				role
			})),
			...registry,
			plans: exported,
			audit: log.map((row) => {
				const targetUser = username(row.target);
				return {
					at: iso(row.at),
					user: username(row.userId),
					action: row.action,
					target: row.target,
					...(targetUser ? { targetUser } : {}),
					detail: row.detail
				};
			})
		};
	});
}

/** The export for `user`, who must be the cluster's facilitator or an admin; audited. */
export async function exportClusterFor(db: Db, user: AppUser, clusterId: string): Promise<ClusterExport> {
	if (!can(user, 'cluster.view', { clusterId }) || !(await getCluster(db, clusterId)))
		throw transferProblem(404, 'not_found', 'no such cluster');
	if (!can(user, 'cluster.export', { clusterId }))
		throw transferProblem(403, 'forbidden', 'only the cluster’s facilitators and admins may export it');
	const file = await exportCluster(db, clusterId);
	if (!file) throw transferProblem(404, 'not_found', 'no such cluster');
	await audit(db, {
		userId: user.id,
		action: 'cluster.export',
		clusterId,
		detail: { plans: file.plans.length, versions: file.plans.reduce((n, p) => n + p.versions.length, 0) }
	});
	return file;
}
