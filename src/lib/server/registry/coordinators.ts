// Who can be named the programme's coordinator of a cluster on its profile: the cluster's members and
// the programme's own people (reviewers and admins), and whoever holds it now, by display name.
import { asc, eq, or, inArray } from 'drizzle-orm';
import type { Db } from '../db';

export type Person = { id: string; displayName: string; username: string };

/** The people to choose from, by display name; `current` (a user id) is among them when it exists. */
export async function coordinatorChoices(
	db: Db,
	clusterId: string,
	current: string | null
): Promise<Person[]> {
	const { memberships, users } = db.tables;
	const members = db
		.select({ id: memberships.userId })
		.from(memberships)
		.where(eq(memberships.clusterId, clusterId));
	return db
		.select({ id: users.id, displayName: users.displayName, username: users.username })
		.from(users)
		.where(
			or(
				inArray(users.id, members),
				// KIDI's own people: an applicant, who also holds a global role, is not one.
				inArray(users.globalRole, ['admin', 'reviewer']),
				current === null ? undefined : eq(users.id, current)
			)
		)
		.orderBy(asc(users.displayName), asc(users.id));
}

/** The display name of user `id`, or null when there is none. */
export async function personName(db: Db, id: string | null): Promise<string | null> {
	if (id === null) return null;
	const { users } = db.tables;
	const [user] = await db
		.select({ displayName: users.displayName })
		.from(users)
		.where(eq(users.id, id))
		.limit(1);
	return user?.displayName ?? null;
}
