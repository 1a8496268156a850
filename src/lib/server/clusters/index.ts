// Cluster workspaces: which a user may see, their members, and creating one. Callers check `can`
// first; these functions only keep the data consistent and audited. Member changes: ./members.ts.
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db';
import { roleIn, type Actor, type Role } from '../authz/can';
import { audit } from '../audit';
import { clusterRefusal } from './input-error';
import { createPlanDocument } from '../plans/document';
import { firstWritten, renamePlan, type Lang, type Localized } from '../../plan';
import {
	MAX_PLAN_TITLE,
	byNameIn,
	checkName,
	clusterNameColumns,
	clusterNameValues,
	planTitleColumns,
	planTitleValues,
	type ClusterNames,
	type NameInput
} from './names';
import type * as Y from 'yjs';

export { clusterRefusal, type ClusterErrorCode } from './input-error';
export type { ClusterNames } from './names';

export type VisibleCluster = ClusterNames & {
	id: string;
	role: Role;
	plans: { id: string; title: Localized }[];
};

/**
 * The clusters an actor may see, each with the actor's role and the cluster's plans, in the order
 * of their names as a reader of `lang` sees them.
 */
export async function visibleClusters(db: Db, actor: Actor, lang: Lang = 'en'): Promise<VisibleCluster[]> {
	const { clusters, plans } = db.tables;
	// KIDI sees every cluster; an applicant holds a global role but no cluster until theirs is chosen.
	const seesAll = actor.globalRole === 'admin' || actor.globalRole === 'reviewer';
	const ids = Object.keys(actor.roles);
	if (!seesAll && ids.length === 0) return [];
	const rows = (
		await db
			.select({ id: clusters.id, ...clusterNameColumns(clusters) })
			.from(clusters)
			.where(seesAll ? undefined : inArray(clusters.id, ids))
	).sort(byNameIn(lang));
	const planRows = rows.length
		? await db
				.select({ id: plans.id, title: planTitleColumns(plans), clusterId: plans.clusterId })
				.from(plans)
				.where(
					inArray(
						plans.clusterId,
						rows.map((r) => r.id)
					)
				)
				.orderBy(asc(plans.createdAt), asc(plans.id))
		: [];
	return rows.map((row) => ({
		...row,
		role: roleIn(actor, row.id)!,
		plans: planRows.filter((p) => p.clusterId === row.id).map(({ id, title }) => ({ id, title }))
	}));
}

/** A cluster with its names in each language; undefined when there is none. */
export async function getCluster(db: Pick<Db, 'select' | 'tables'>, clusterId: string) {
	const { clusters } = db.tables;
	const [cluster] = await db
		.select({ id: clusters.id, ...clusterNameColumns(clusters), createdAt: clusters.createdAt })
		.from(clusters)
		.where(eq(clusters.id, clusterId))
		.limit(1);
	return cluster;
}

/** Every cluster (the admin's list), by name as a reader of `lang` sees it. */
export async function allClusters(db: Db, lang: Lang) {
	const { clusters } = db.tables;
	const rows = await db.select({ id: clusters.id, ...clusterNameColumns(clusters) }).from(clusters);
	return rows.sort(byNameIn(lang));
}

export async function clusterPlans(db: Db, clusterId: string) {
	const { plans } = db.tables;
	return db
		.select({ id: plans.id, title: planTitleColumns(plans) })
		.from(plans)
		.where(eq(plans.clusterId, clusterId))
		.orderBy(asc(plans.createdAt), asc(plans.id));
}

export async function clusterMembers(db: Db, clusterId: string) {
	const { memberships, users } = db.tables;
	return db
		.select({
			userId: users.id,
			username: users.username,
			displayName: users.displayName,
			role: memberships.role
		})
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.where(eq(memberships.clusterId, clusterId))
		.orderBy(asc(users.displayName), asc(users.id));
}

function slugify(name: string): string {
	const slug = name
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 48);
	return slug || crypto.randomUUID().slice(0, 8);
}

export type NewCluster = {
	id?: string;
	/** Each in Russian, Kazakh and English (one string: in the language its letters tell); one at least written. */
	name: NameInput;
	region: NameInput;
	sector: NameInput;
	planTitle: NameInput;
	planId?: string;
	/** Fills the new plan's document; without it the plan starts empty. */
	buildPlan?: (doc: Y.Doc) => void;
};

/** Creates a cluster with its first plan, in one transaction. Returns the cluster id. */
export async function createCluster(db: Db, input: NewCluster, byUserId: string | null): Promise<string> {
	const names: ClusterNames = {
		name: checkName(input.name, 'name'),
		region: checkName(input.region, 'region'),
		sector: checkName(input.sector, 'sector')
	};
	const title = checkName(input.planTitle, 'title', MAX_PLAN_TITLE);
	const id = input.id ?? slugify(firstWritten(names.name));
	const planId = input.planId ?? crypto.randomUUID();
	// The check inside the transaction: two creations of one id at once, and one of them hears "taken".
	await db.transaction(async (tx) => {
		const { clusters, plans } = tx.tables;
		if (await getCluster(tx, id)) throw clusterRefusal('id_taken');
		await tx.insert(clusters).values({ id, ...clusterNameValues(names) });
		await tx.insert(plans).values({ id: planId, clusterId: id, ...planTitleValues(title) });
		const detail = { name: firstWritten(names.name) };
		await audit(tx, { userId: byUserId, action: 'cluster.create', clusterId: id, detail });
	});
	// A plan without content starts with no stored document at all (the server lays it out when its
	// room first opens, with the title from its row).
	// After the rows: a crash between the two leaves a plan whose document reads as empty, not a broken one.
	if (input.buildPlan) {
		const build = input.buildPlan;
		const withTitle = (doc: Y.Doc) => {
			build(doc);
			// The document's own title is the plan's, whatever the builder wrote.
			renamePlan(doc, title);
		};
		await createPlanDocument(db, planId, withTitle, { checked: true });
	}
	return id;
}

export { addMember, changeRole, removeMember } from './members';
