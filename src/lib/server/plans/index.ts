// Plan records (the relational side; the plan's content is its Yjs document).
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { planTitleColumns } from '../clusters/names';

/** A plan's record, its title in each language; undefined when there is none. */
export async function getPlan(db: Db, planId: string) {
	const { plans } = db.tables;
	const [plan] = await db
		.select({
			id: plans.id,
			clusterId: plans.clusterId,
			title: planTitleColumns(plans),
			createdAt: plans.createdAt
		})
		.from(plans)
		.where(eq(plans.id, planId))
		.limit(1);
	return plan;
}
