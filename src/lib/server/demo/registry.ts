// Seeds the six demo clusters' registries: their participants (166 on 1 January 2019, as the
// programme's report counted) and the profiles of their cluster organisations. The programme's
// coordinator looking after a cluster is the demo coordinator where there is one.
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { writeProfile } from '../registry/profile';
import { participantRow } from '../registry/participants';
import { demoParticipants, demoProfiles } from './participants';

export async function seedDemoRegistry(db: Db, now = Date.now()): Promise<void> {
	const { participants, users } = db.tables;
	const [coordinator] = await db
		.select({ id: users.id })
		.from(users)
		.where(eq(users.username, 'demo-coordinator'))
		.limit(1);
	for (const [clusterId, list] of Object.entries(demoParticipants)) {
		await db
			.insert(participants)
			.values(list.map((p) => participantRow(crypto.randomUUID(), clusterId, p, p.leftAt, now)));
	}
	for (const [clusterId, profile] of Object.entries(demoProfiles)) {
		const looksAfter =
			coordinator && ['flour-kostanay', 'milk-akmola'].includes(clusterId) ? coordinator.id : null;
		await writeProfile(db, clusterId, { ...profile, programmeCoordinatorId: looksAfter }, null, now);
	}
}
