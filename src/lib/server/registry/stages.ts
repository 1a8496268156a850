// The value-chain stages a participant can be placed in: the lanes of the cluster's plans' maps, as
// their documents hold them now, so a stage renamed on the map is named anew here.
import type { Localized } from '../../plan';
import { clusterPlans } from '../clusters';
import type { Db } from '../db';
import { readPlan } from '../plans/document';

export type StageChoice = { id: string; title: Localized };

/**
 * The stages of every plan of the cluster, the first plan's first, each in its map's order; a stage
 * id two plans share is listed once, as the first plan names it. Callers check who may see the cluster.
 */
export async function clusterStages(db: Db, clusterId: string): Promise<StageChoice[]> {
	const found = new Map<string, StageChoice>();
	for (const plan of await clusterPlans(db, clusterId)) {
		const { map } = await readPlan(db, plan);
		const stages = map.stages.toSorted((a, b) => a.order - b.order);
		for (const { id, title } of stages) if (!found.has(id)) found.set(id, { id, title });
	}
	return [...found.values()];
}
