// Builds the Actor that `can` judges from a signed-in user and their memberships.
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import type { ClusterRole } from '../db/schema';
import type { SessionUser } from '../auth/session';
import type { Actor } from './can';

export type AppUser = SessionUser & Actor;

export async function loadActor(db: Db, user: SessionUser): Promise<AppUser> {
	const { memberships } = db.tables;
	const rows = await db
		.select({ clusterId: memberships.clusterId, role: memberships.role })
		.from(memberships)
		.where(eq(memberships.userId, user.id));
	const roles: Record<string, ClusterRole> = {};
	for (const row of rows) roles[row.clusterId] = row.role;
	return { ...user, roles };
}
