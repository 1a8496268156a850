// Who belongs to a cluster, and with which role: adding, changing and removing a member, each audited.
// The route has checked `cluster.manageMembers`; the role given is checked here, because whether it
// may be given depends on the global role of its holder, read in the same transaction as the write.
import type { GlobalRole } from '../../roles';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db';
import type { ClusterRole } from '../db/schema';
import { can, type Actor } from '../authz/can';
import { audit } from '../audit';
import { accessChanged } from '../authz/access-changes';
import { clusterRefusal } from './input-error';
import { tellMembership } from '../notifications/cluster-news';

function refuseUngrantable(
	by: Actor,
	clusterId: string,
	role: ClusterRole,
	holder: { globalRole: GlobalRole | null }
) {
	if (!can(by, 'cluster.grantRole', { clusterId, role, holderGlobalRole: holder.globalRole }))
		throw clusterRefusal('role_needs_admin');
}

async function membership(tx: Db, clusterId: string, userId: string) {
	const { memberships } = tx.tables;
	const [row] = await tx
		.select({ role: memberships.role })
		.from(memberships)
		.where(and(eq(memberships.clusterId, clusterId), eq(memberships.userId, userId)))
		.limit(1);
	return row;
}

/** Who a member change was about, for the confirmation the page shows. */
export type MemberChanged = { displayName: string };

/** Adds the user named `username` to the cluster with `role`, if `by` may give them that role. */
export async function addMember(
	db: Db,
	clusterId: string,
	username: string,
	role: ClusterRole,
	by: Actor & { displayName?: string }
): Promise<MemberChanged> {
	const added = await db.transaction(async (tx) => {
		const { memberships, users } = tx.tables;
		const [user] = await tx
			.select({ id: users.id, globalRole: users.globalRole, displayName: users.displayName })
			.from(users)
			.where(eq(users.username, username.trim().toLowerCase()))
			.limit(1);
		if (!user) throw clusterRefusal('unknown_user');
		if (await membership(tx, clusterId, user.id)) throw clusterRefusal('already_member');
		refuseUngrantable(by, clusterId, role, user);
		await tx.insert(memberships).values({ clusterId, userId: user.id, role });
		await audit(tx, { userId: by.id, action: 'member.add', clusterId, target: user.id, detail: { role } });
		return { id: user.id, displayName: user.displayName };
	});
	accessChanged();
	await tellMembership(db, by, clusterId, added.id, role, 'member_added', Date.now());
	return { displayName: added.displayName };
}

/** Gives a member of the cluster another role, if `by` may give them that role. */
export async function changeRole(
	db: Db,
	clusterId: string,
	userId: string,
	role: ClusterRole,
	by: Actor & { displayName?: string }
): Promise<MemberChanged> {
	const changed = await db.transaction(async (tx) => {
		const { memberships, users } = tx.tables;
		const [user] = await tx
			.select({ globalRole: users.globalRole, displayName: users.displayName })
			.from(users)
			.innerJoin(memberships, eq(memberships.userId, users.id))
			.where(and(eq(memberships.clusterId, clusterId), eq(memberships.userId, userId)))
			.limit(1);
		if (!user) throw clusterRefusal('not_member');
		refuseUngrantable(by, clusterId, role, user);
		await tx
			.update(memberships)
			.set({ role })
			.where(and(eq(memberships.clusterId, clusterId), eq(memberships.userId, userId)));
		await audit(tx, { userId: by.id, action: 'member.role', clusterId, target: userId, detail: { role } });
		return { displayName: user.displayName };
	});
	accessChanged();
	await tellMembership(db, by, clusterId, userId, role, 'role_changed', Date.now());
	return changed;
}

/**
 * Takes a member out of the cluster. Anyone who may manage members may remove anyone, a facilitator
 * included: removing gives nothing, it leaves a global reviewer or admin with their global role.
 */
export async function removeMember(
	db: Db,
	clusterId: string,
	userId: string,
	by: Actor
): Promise<MemberChanged> {
	const removed = await db.transaction(async (tx) => {
		const { memberships, users } = tx.tables;
		const [user] = await tx
			.select({ displayName: users.displayName })
			.from(users)
			.where(eq(users.id, userId))
			.limit(1);
		const removed = await tx
			.delete(memberships)
			.where(and(eq(memberships.clusterId, clusterId), eq(memberships.userId, userId)))
			.returning({ userId: memberships.userId });
		if (removed.length === 0 || !user) throw clusterRefusal('not_member');
		await audit(tx, { userId: by.id, action: 'member.remove', clusterId, target: userId });
		return { displayName: user.displayName };
	});
	accessChanged();
	return removed;
}
