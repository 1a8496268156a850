// Renaming: a cluster's name, region and sector, and a plan's title, each in three languages. The
// caller has asked `can` (`cluster.rename`, `plan.rename`); these check the text and write it with
// its audit entry. A plan's document holds its title too: the collab server, which holds the live
// plans, renames both at once (server/collab/plan-title.ts).
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { clusters, plans } from '../db/schema';
import { audit } from '../audit';
import { firstWritten, type Localized } from '../../plan';
import { ClusterInputError } from './input-error';
import { MAX_PLAN_TITLE, checkName, clusterNameValues, planTitleValues, type ClusterNames } from './names';

/** Checks a cluster's new names: `name`, `region` and `sector`, each a text in three languages. */
export function checkClusterNames(input: Record<'name' | 'region' | 'sector', unknown>): ClusterNames {
	return {
		name: checkName(input.name, 'name'),
		region: checkName(input.region, 'region'),
		sector: checkName(input.sector, 'sector')
	};
}

/** Gives a cluster new names in three languages, audited; `ClusterInputError` for bad text. */
export function renameCluster(db: Db, clusterId: string, names: ClusterNames, byUserId: string): void {
	db.transaction((tx) => {
		const result = tx.update(clusters).set(clusterNameValues(names)).where(eq(clusters.id, clusterId)).run();
		if (result.changes === 0) throw new ClusterInputError('not_found');
		const detail = { name: firstWritten(names.name) };
		audit(tx, { userId: byUserId, action: 'cluster.rename', clusterId, detail });
	});
}

/** Checks a plan's new title: a text in three languages, one at least written. */
export function checkPlanTitle(value: unknown): Localized {
	return checkName(value, 'title', MAX_PLAN_TITLE);
}

/** Writes a plan's title in three languages to its record, audited (inside the caller's transaction). */
export function setPlanTitle(
	db: Pick<Db, 'update' | 'insert'>,
	plan: { id: string; clusterId: string },
	title: Localized,
	byUserId: string
): void {
	db.update(plans).set(planTitleValues(title)).where(eq(plans.id, plan.id)).run();
	const detail = { title: firstWritten(title) };
	audit(db, { userId: byUserId, action: 'plan.rename', clusterId: plan.clusterId, target: plan.id, detail });
}
