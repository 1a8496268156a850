// Plan records (the relational side; the plan's content is its Yjs document).
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { plans } from '../db/schema';
import { planTitleColumns } from '../clusters/names';

/** A plan's record, its title in each language; undefined when there is none. */
export function getPlan(db: Pick<Db, 'select'>, planId: string) {
	return db
		.select({ id: plans.id, clusterId: plans.clusterId, title: planTitleColumns, createdAt: plans.createdAt })
		.from(plans)
		.where(eq(plans.id, planId))
		.get();
}
