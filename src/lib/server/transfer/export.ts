// Writes a whole cluster as one JSON file (see format.ts) for a backup or a handover. Rows are read
// as every page reads them: one stored before the import checked every field and that no page can
// read (a value for period `Q9-xyz`) is logged and left out, so the file imports again.
import { asc, eq, inArray } from 'drizzle-orm';
import * as Y from 'yjs';
import { initPlan, type Localized } from '../../plan';
import type { Db } from '../db';
import {
	auditLog,
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
import { clusterMembers, getCluster } from '../clusters';
import { planTitleColumns } from '../clusters/names';
import { loadPlanDocument } from '../plans/document';
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
import { TransferProblem } from './problem';

const iso = (date: Date) => date.toISOString();
const base64 = (bytes: Uint8Array) =>
	Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

/** Usernames by user id, to name every row's author by something that means the same on another server. */
function usernames(db: Db): (id: string | null) => string | null {
	const byId = new Map(
		db
			.select({ id: users.id, username: users.username })
			.from(users)
			.all()
			.map((u) => [u.id, u.username])
	);
	return (id) => (id === null ? null : (byId.get(id) ?? null));
}

/** The live document as one update; a plan nobody has opened yet is laid out first, as readers see it. */
function documentState(db: Db, plan: { id: string; title: Localized }): string {
	const doc = loadPlanDocument(db, plan.id);
	try {
		if (doc.getMap('meta').get('schemaVersion') === undefined) initPlan(doc, plan);
		return base64(Y.encodeStateAsUpdate(doc));
	} finally {
		doc.destroy();
	}
}

function versionsOf(
	db: Db,
	planId: string,
	username: (id: string | null) => string | null
): ExportedVersion[] {
	const rows = db
		.select()
		.from(planVersions)
		.where(eq(planVersions.planId, planId))
		.orderBy(asc(planVersions.number))
		.all();
	const ids = rows.map((row) => row.id);
	const steps = ids.length
		? readableVersionSteps(
				db
					.select()
					.from(versionSteps)
					.where(inArray(versionSteps.versionId, ids))
					.orderBy(asc(versionSteps.id))
					.all()
			)
		: [];
	const comments = ids.length
		? db
				.select()
				.from(versionComments)
				.where(inArray(versionComments.versionId, ids))
				.orderBy(asc(versionComments.id))
				.all()
		: [];
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

function valuesOf(
	db: Db,
	planId: string,
	username: (id: string | null) => string | null
): ExportedPlan['values'] {
	const rows = valueLog(db, planId);
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

function planOf(
	db: Db,
	plan: { id: string; title: Localized; createdAt: Date },
	username: (id: string | null) => string | null
): ExportedPlan {
	return {
		id: plan.id,
		title: plan.title,
		createdAt: iso(plan.createdAt),
		document: documentState(db, plan),
		versions: versionsOf(db, plan.id, username),
		values: valuesOf(db, plan.id, username),
		periodSteps: readableSteps(
			db.select().from(periodSteps).where(eq(periodSteps.planId, plan.id)).orderBy(asc(periodSteps.id)).all(),
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
export function exportCluster(db: Db, clusterId: string, now = new Date()): ClusterExport | null {
	// One read transaction: a value recorded meanwhile is either wholly in the file or not at all.
	return db.transaction(() => {
		const cluster = getCluster(db, clusterId);
		if (!cluster) return null;
		const username = usernames(db);
		const planRows = db
			.select({ id: plans.id, title: planTitleColumns, createdAt: plans.createdAt })
			.from(plans)
			.where(eq(plans.clusterId, clusterId))
			.orderBy(asc(plans.createdAt))
			.all();
		const log = db
			.select()
			.from(auditLog)
			.where(eq(auditLog.clusterId, clusterId))
			.orderBy(asc(auditLog.id))
			.all();
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
			members: clusterMembers(db, clusterId).map(({ username, displayName, role }) => ({
				username,
				displayName,
				role
			})),
			plans: planRows.map((plan) => planOf(db, plan, username)),
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
export function exportClusterFor(db: Db, user: AppUser, clusterId: string): ClusterExport {
	if (!can(user, 'cluster.view', { clusterId }) || !getCluster(db, clusterId))
		throw new TransferProblem(404, 'not_found', 'no such cluster');
	if (!can(user, 'cluster.export', { clusterId }))
		throw new TransferProblem(403, 'forbidden', 'only the cluster’s facilitators and admins may export it');
	const file = exportCluster(db, clusterId);
	if (!file) throw new TransferProblem(404, 'not_found', 'no such cluster');
	audit(db, {
		userId: user.id,
		action: 'cluster.export',
		clusterId,
		detail: { plans: file.plans.length, versions: file.plans.reduce((n, p) => n + p.versions.length, 0) }
	});
	return file;
}
