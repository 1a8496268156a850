// Reading what the server told people, straight from the database the test shares with the server:
// the entries written after a mark, by person, so each test sees only what its own step caused.
import { and, asc, eq, gt, max } from 'drizzle-orm';
import type { Db } from '../../../src/lib/server/db';
import { createUser } from '../../../src/lib/server/users';
import { createSession } from '../../../src/lib/server/auth/session';
import type { ClusterRole } from '../../../src/lib/server/db/schema';

export type Told = { userId: string; kind: string; link: string; actorName: string; detail: unknown };

/** The id of the newest entry now: what is written after it is what the next step caused. */
export async function mark(db: Db): Promise<number> {
	const { notifications } = db.tables;
	const [row] = await db.select({ last: max(notifications.id) }).from(notifications);
	return row?.last ?? 0;
}

/** The entries written after `since`, oldest first. */
export async function toldSince(db: Db, since: number, kind?: string): Promise<Told[]> {
	const { notifications } = db.tables;
	return db
		.select({
			userId: notifications.userId,
			kind: notifications.kind,
			link: notifications.link,
			actorName: notifications.actorName,
			detail: notifications.detail
		})
		.from(notifications)
		.where(and(gt(notifications.id, since), kind ? eq(notifications.kind, kind) : undefined))
		.orderBy(asc(notifications.id));
}

/** Who was told (user ids, sorted). */
export const whoIn = (told: Told[]) => [...new Set(told.map((row) => row.userId))].sort();

/** A person made straight in the database, with a role in one cluster (or none), signed in. */
export async function person(
	db: Db,
	username: string,
	membership: { clusterId: string; role: ClusterRole } | null
): Promise<{ id: string; token: string; username: string }> {
	const id = await createUser(db, {
		username,
		displayName: username.replace(/-/g, ' '),
		password: 'a long enough password',
		globalRole: null
	});
	if (membership) await db.insert(db.tables.memberships).values({ ...membership, userId: id });
	return { id, token: (await createSession(db, id)).token, username };
}
