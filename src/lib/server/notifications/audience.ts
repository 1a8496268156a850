// Who may hear of an event: the people of a cluster (its members, KIDI's reviewers and admins) as
// `can` sees them, narrowed by what the event needs them to be allowed. Nobody hears of what they
// may not see: every audience ends in a `can` check on the thing the entry links to.
import { eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../db';
import { can, roleIn, type Actor, type ClusterAction, type Role } from '../authz/can';
import type { ClusterRole } from '../db/schema';

/** A person as `can` judges them, with the names mentions and owners use. */
export type Person = Actor & { id: string; username: string; displayName: string; locale: string | null };

/** Everyone with a standing in `clusterId`: its members, and KIDI's reviewers and admins. */
export async function clusterPeople(db: Db, clusterId: string): Promise<Person[]> {
	const { memberships, users } = db.tables;
	const memberIds = (
		await db.select({ id: memberships.userId }).from(memberships).where(eq(memberships.clusterId, clusterId))
	).map((row) => row.id);
	const where = memberIds.length
		? or(inArray(users.id, memberIds), inArray(users.globalRole, ['reviewer', 'admin']))
		: inArray(users.globalRole, ['reviewer', 'admin']);
	return peopleWhere(db, where!);
}

/** The people who hold one of these global roles (KIDI's reviewers, admins). */
export async function globalPeople(db: Db, roles: readonly ('reviewer' | 'admin')[]): Promise<Person[]> {
	return peopleWhere(db, inArray(db.tables.users.globalRole, [...roles]));
}

/** The people with these ids, as `can` judges them. */
export async function peopleById(db: Db, ids: readonly string[]): Promise<Person[]> {
	if (!ids.length) return [];
	return peopleWhere(db, inArray(db.tables.users.id, [...new Set(ids)]));
}

async function peopleWhere(db: Db, where: ReturnType<typeof inArray>): Promise<Person[]> {
	const { memberships, users } = db.tables;
	const rows = await db
		.select({
			id: users.id,
			username: users.username,
			displayName: users.displayName,
			globalRole: users.globalRole,
			locale: users.locale
		})
		.from(users)
		.where(where);
	if (!rows.length) return [];
	const roles = await db
		.select({ userId: memberships.userId, clusterId: memberships.clusterId, role: memberships.role })
		.from(memberships)
		.where(
			inArray(
				memberships.userId,
				rows.map((row) => row.id)
			)
		);
	const byUser = new Map<string, Record<string, ClusterRole>>();
	for (const row of roles) {
		const held = byUser.get(row.userId) ?? {};
		held[row.clusterId] = row.role;
		byUser.set(row.userId, held);
	}
	return rows.map((row) => ({ ...row, roles: byUser.get(row.id) ?? {} }));
}

/** Those of `people` who may take `action` in the cluster. */
export function allowedTo(people: readonly Person[], action: ClusterAction, clusterId: string): Person[] {
	return people.filter((person) => can(person, action, { clusterId }));
}

/** Those of `people` whose role in the cluster is one of `roles`. */
export function withRole(people: readonly Person[], clusterId: string, roles: readonly Role[]): Person[] {
	return people.filter((person) => {
		const role = roleIn(person, clusterId);
		return role !== null && roles.includes(role);
	});
}

export const idsOf = (people: readonly Person[]) => people.map((person) => person.id);
