// Builds the Actor that `can` judges from a signed-in user and their memberships.
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { memberships, type ClusterRole } from '../db/schema';
import type { SessionUser } from '../auth/session';
import type { Actor } from './can';

export type AppUser = SessionUser & Actor;

export function loadActor(db: Db, user: SessionUser): AppUser {
	const rows = db
		.select({ clusterId: memberships.clusterId, role: memberships.role })
		.from(memberships)
		.where(eq(memberships.userId, user.id))
		.all();
	const roles: Record<string, ClusterRole> = {};
	for (const row of rows) roles[row.clusterId] = row.role;
	return { ...user, roles };
}
