// Cluster workspaces: which a user may see, their members, and creating one. Callers check `can`
// first; these functions only keep the data consistent and audited. Member changes: ./members.ts.
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db';
import { clusters, memberships, plans, users } from '../db/schema';
import { roleIn, type Actor, type Role } from '../authz/can';
import { audit } from '../audit';
import { ClusterInputError } from './input-error';
import { createPlanDocument } from '../plans/document';
import type * as Y from 'yjs';

export { ClusterInputError, type ClusterErrorCode } from './input-error';

export type VisibleCluster = {
	id: string;
	name: string;
	region: string;
	sector: string;
	role: Role;
	plans: { id: string; title: string }[];
};

/** The clusters an actor may see, each with the actor's role and the cluster's plans. */
export function visibleClusters(db: Db, actor: Actor): VisibleCluster[] {
	const seesAll = actor.globalRole !== null;
	const ids = Object.keys(actor.roles);
	if (!seesAll && ids.length === 0) return [];
	const rows = db
		.select({ id: clusters.id, name: clusters.name, region: clusters.region, sector: clusters.sector })
		.from(clusters)
		.where(seesAll ? undefined : inArray(clusters.id, ids))
		.orderBy(asc(clusters.name))
		.all();
	const planRows = rows.length
		? db
				.select({ id: plans.id, title: plans.title, clusterId: plans.clusterId })
				.from(plans)
				.where(
					inArray(
						plans.clusterId,
						rows.map((r) => r.id)
					)
				)
				.orderBy(asc(plans.createdAt))
				.all()
		: [];
	return rows.map((row) => ({
		...row,
		role: roleIn(actor, row.id)!,
		plans: planRows.filter((p) => p.clusterId === row.id).map(({ id, title }) => ({ id, title }))
	}));
}

export function getCluster(db: Db, clusterId: string) {
	return db.select().from(clusters).where(eq(clusters.id, clusterId)).get();
}

export function clusterPlans(db: Db, clusterId: string) {
	return db
		.select({ id: plans.id, title: plans.title })
		.from(plans)
		.where(eq(plans.clusterId, clusterId))
		.orderBy(asc(plans.createdAt))
		.all();
}

export function clusterMembers(db: Db, clusterId: string) {
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
		.orderBy(asc(users.displayName))
		.all();
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
	name: string;
	region: string;
	sector: string;
	planTitle: string;
	planId?: string;
	/** Fills the new plan's document; without it the plan starts empty. */
	buildPlan?: (doc: Y.Doc) => void;
};

/** Creates a cluster with its first plan, in one transaction. Returns the cluster id. */
export function createCluster(db: Db, input: NewCluster, byUserId: string | null): string {
	const name = input.name.trim();
	const region = input.region.trim();
	const sector = input.sector.trim();
	if (!name || name.length > 120) throw new ClusterInputError('name');
	if (!region || region.length > 120) throw new ClusterInputError('region');
	if (!sector || sector.length > 120) throw new ClusterInputError('sector');
	const id = input.id ?? slugify(name);
	if (getCluster(db, id)) throw new ClusterInputError('id_taken');
	const planId = input.planId ?? crypto.randomUUID();
	db.transaction((tx) => {
		tx.insert(clusters).values({ id, name, region, sector }).run();
		tx.insert(plans).values({ id: planId, clusterId: id, title: input.planTitle }).run();
		audit(tx, { userId: byUserId, action: 'cluster.create', clusterId: id, detail: { name } });
	});
	// A plan without content starts with no stored document at all (the server lays it out when its
	// room first opens).
	// After the rows: a crash between the two leaves a plan whose document reads as empty, not a broken one.
	if (input.buildPlan) createPlanDocument(db, planId, input.buildPlan, { checked: true });
	return id;
}

export { addMember, changeRole, removeMember } from './members';
