// The cluster organisation's profile: one per cluster, read by everyone who sees the cluster and
// written whole by its facilitators and admins. A cluster without one reads as the empty profile.
import { eq } from 'drizzle-orm';
import { checkProfile, EMPTY_PROFILE, type ClusterProfile } from '../../registry/profile';
import type { AppUser } from '../authz/actor';
import { audit } from '../audit';
import type { Db } from '../db';
import { registryOf } from './access';

/** The stored profile, or the empty one. Stored profiles are read through the same check as a PUT. */
export async function readProfile(db: Db, clusterId: string): Promise<ClusterProfile> {
	const { clusterProfiles } = db.tables;
	const [row] = await db
		.select({ data: clusterProfiles.data })
		.from(clusterProfiles)
		.where(eq(clusterProfiles.clusterId, clusterId))
		.limit(1);
	return row ? checkProfile(row.data) : EMPTY_PROFILE;
}

export async function profileFor(db: Db, user: AppUser, clusterId: string): Promise<ClusterProfile> {
	await registryOf(db, user, clusterId);
	return readProfile(db, clusterId);
}

/** Replaces the cluster's profile with `body`, checked whole. */
export async function putProfile(
	db: Db,
	user: AppUser,
	clusterId: string,
	body: unknown,
	now = Date.now()
): Promise<ClusterProfile> {
	await registryOf(db, user, clusterId, 'profile.edit');
	const profile = checkProfile(body);
	await writeProfile(db, clusterId, profile, user.id, now);
	await audit(
		db,
		{
			userId: user.id,
			action: 'profile.change',
			clusterId,
			target: clusterId,
			detail: { stage: profile.stage }
		},
		now
	);
	return profile;
}

/** Stores `profile` as the cluster's (the seed's way in, unchecked by role). */
export async function writeProfile(
	db: Db,
	clusterId: string,
	profile: ClusterProfile,
	by: string | null,
	now = Date.now()
): Promise<void> {
	const { clusterProfiles } = db.tables;
	const values = { data: profile, updatedAt: new Date(now), updatedBy: by };
	await db
		.insert(clusterProfiles)
		.values({ clusterId, ...values })
		.onConflictDoUpdate({ target: clusterProfiles.clusterId, set: values });
}
