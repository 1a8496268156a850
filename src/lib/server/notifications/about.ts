// The names an entry keeps (in every language, as they are when the event happens).
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import type { Localized } from '../../plan/localized';
import { clusterNameColumns, planTitleColumns } from '../clusters/names';

export type PlanAbout = { planId: string; clusterId: string; plan: Localized; cluster: Localized };

export async function planAbout(db: Db, planId: string): Promise<PlanAbout | null> {
	const { clusters, plans } = db.tables;
	const [row] = await db
		.select({
			planId: plans.id,
			clusterId: plans.clusterId,
			plan: planTitleColumns(plans),
			cluster: clusterNameColumns(clusters).name
		})
		.from(plans)
		.innerJoin(clusters, eq(clusters.id, plans.clusterId))
		.where(eq(plans.id, planId));
	return row ?? null;
}

export async function clusterName(db: Db, clusterId: string): Promise<Localized | null> {
	const { clusters } = db.tables;
	const [row] = await db
		.select({ name: clusterNameColumns(clusters).name })
		.from(clusters)
		.where(eq(clusters.id, clusterId));
	return row?.name ?? null;
}
