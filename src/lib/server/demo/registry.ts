// Seeds the six demo clusters' registries: their participants (166 on 1 January 2019, as the
// programme's report counted) and the profiles of their cluster organisations. The programme's
// coordinator looking after a cluster is the demo coordinator where there is one. The demo maps'
// actors that are registered firms are linked to them, and take the registry's name.
import { eq } from 'drizzle-orm';
import { updateActor } from '../../plan';
import { items } from '../../plan/layout';
import type { Db } from '../db';
import { clusterPlans } from '../clusters';
import { changePlanDocument } from '../plans/document';
import { writeProfile } from '../registry/profile';
import { participantRow } from '../registry/participants';
import { demoParticipants, demoProfiles, type DemoParticipant } from './participants';

/** Links each plan's actors to the participants that are those firms. */
async function linkActors(db: Db, clusterId: string, linked: [string, DemoParticipant][]): Promise<void> {
	for (const plan of await clusterPlans(db, clusterId)) {
		await changePlanDocument(db, plan.id, (doc) => {
			for (const [participantId, { actorId, name }] of linked) {
				if (actorId && items(doc, 'actors').has(actorId)) updateActor(doc, actorId, { participantId, name });
			}
		});
	}
}

export async function seedDemoRegistry(db: Db, now = Date.now()): Promise<void> {
	const { participants, users } = db.tables;
	const [coordinator] = await db
		.select({ id: users.id })
		.from(users)
		.where(eq(users.username, 'demo-coordinator'))
		.limit(1);
	for (const [clusterId, list] of Object.entries(demoParticipants)) {
		const rows = list.map((p) => participantRow(crypto.randomUUID(), clusterId, p, p.leftAt, now));
		await db.insert(participants).values(rows);
		await linkActors(
			db,
			clusterId,
			rows.map((row, index) => [row.id, list[index]!])
		);
	}
	for (const [clusterId, profile] of Object.entries(demoProfiles)) {
		const looksAfter =
			coordinator && ['flour-kostanay', 'milk-akmola'].includes(clusterId) ? coordinator.id : null;
		await writeProfile(db, clusterId, { ...profile, programmeCoordinatorId: looksAfter }, null, now);
	}
}
