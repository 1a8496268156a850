// Plan records (the relational side; the plan's content is its Yjs document).
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { plans } from '../db/schema';

export function getPlan(db: Db, planId: string) {
	return db.select().from(plans).where(eq(plans.id, planId)).get();
}
