// Who belongs to a cluster, and with which role: adding, changing and removing a member, each audited.
// The route has checked `cluster.manageMembers`; the role given is checked here, because whether it
// may be given depends on the global role of its holder, read in the same transaction as the write.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { memberships, users, type ClusterRole } from '../db/schema';
import { can, type Actor } from '../authz/can';
import { audit } from '../audit';
import { ClusterInputError } from './input-error';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

function refuseUngrantable(
	by: Actor,
	clusterId: string,
	role: ClusterRole,
	holder: { globalRole: 'admin' | 'reviewer' | null }
) {
	if (!can(by, 'cluster.grantRole', { clusterId, role, holderGlobalRole: holder.globalRole }))
		throw new ClusterInputError('role_needs_admin');
}

function membership(tx: Tx, clusterId: string, userId: string) {
	return tx
		.select({ role: memberships.role })
		.from(memberships)
		.where(and(eq(memberships.clusterId, clusterId), eq(memberships.userId, userId)))
		.get();
}

/** Who a member change was about, for the confirmation the page shows. */
export type MemberChanged = { displayName: string };

/** Adds the user named `username` to the cluster with `role`, if `by` may give them that role. */
export function addMember(
	db: Db,
	clusterId: string,
	username: string,
	role: ClusterRole,
	by: Actor
): MemberChanged {
	return db.transaction((tx) => {
		const user = tx
			.select({ id: users.id, globalRole: users.globalRole, displayName: users.displayName })
			.from(users)
			.where(eq(users.username, username.trim().toLowerCase()))
			.get();
		if (!user) throw new ClusterInputError('unknown_user');
		if (membership(tx, clusterId, user.id)) throw new ClusterInputError('already_member');
		refuseUngrantable(by, clusterId, role, user);
		tx.insert(memberships).values({ clusterId, userId: user.id, role }).run();
		audit(tx, { userId: by.id, action: 'member.add', clusterId, target: user.id, detail: { role } });
		return { displayName: user.displayName };
	});
}

/** Gives a member of the cluster another role, if `by` may give them that role. */
export function changeRole(
	db: Db,
	clusterId: string,
	userId: string,
	role: ClusterRole,
	by: Actor
): MemberChanged {
	return db.transaction((tx) => {
		const user = tx
			.select({ globalRole: users.globalRole, displayName: users.displayName })
			.from(users)
			.innerJoin(memberships, eq(memberships.userId, users.id))
			.where(and(eq(memberships.clusterId, clusterId), eq(memberships.userId, userId)))
			.get();
		if (!user) throw new ClusterInputError('not_member');
		refuseUngrantable(by, clusterId, role, user);
		tx.update(memberships)
			.set({ role })
			.where(and(eq(memberships.clusterId, clusterId), eq(memberships.userId, userId)))
			.run();
		audit(tx, { userId: by.id, action: 'member.role', clusterId, target: userId, detail: { role } });
		return { displayName: user.displayName };
	});
}

/**
 * Takes a member out of the cluster. Anyone who may manage members may remove anyone, a facilitator
 * included: removing gives nothing, it leaves a global reviewer or admin with their global role.
 */
export function removeMember(db: Db, clusterId: string, userId: string, by: Actor): MemberChanged {
	return db.transaction((tx) => {
		const user = tx.select({ displayName: users.displayName }).from(users).where(eq(users.id, userId)).get();
		const result = tx
			.delete(memberships)
			.where(and(eq(memberships.clusterId, clusterId), eq(memberships.userId, userId)))
			.run();
		if (result.changes === 0 || !user) throw new ClusterInputError('not_member');
		audit(tx, { userId: by.id, action: 'member.remove', clusterId, target: userId });
		return { displayName: user.displayName };
	});
}
