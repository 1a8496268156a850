// Renaming: a cluster's name, region and sector, and a plan's title, each in three languages. The
// caller has asked `can` (`cluster.rename`, `plan.rename`); these check the text and write it with
// its audit entry. A plan's document holds its title too: the collab server, which holds the live
// plans, renames both at once (server/collab/plan-title.ts).
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { audit } from '../audit';
import { firstWritten, type Localized } from '../../plan';
import { clusterRefusal } from './input-error';
import { MAX_PLAN_TITLE, checkName, clusterNameValues, planTitleValues, type ClusterNames } from './names';

/** Checks a cluster's new names: `name`, `region` and `sector`, each a text in three languages. */
export function checkClusterNames(input: Record<'name' | 'region' | 'sector', unknown>): ClusterNames {
	return {
		name: checkName(input.name, 'name'),
		region: checkName(input.region, 'region'),
		sector: checkName(input.sector, 'sector')
	};
}

/** Gives a cluster new names in three languages, audited; a cluster refusal for bad text. */
export async function renameCluster(
	db: Db,
	clusterId: string,
	names: ClusterNames,
	byUserId: string
): Promise<void> {
	await db.transaction(async (tx) => {
		const { clusters } = tx.tables;
		const renamed = await tx
			.update(clusters)
			.set(clusterNameValues(names))
			.where(eq(clusters.id, clusterId))
			.returning({ id: clusters.id });
		if (renamed.length === 0) throw clusterRefusal('not_found');
		const detail = { name: firstWritten(names.name) };
		await audit(tx, { userId: byUserId, action: 'cluster.rename', clusterId, detail });
	});
}

/** Checks a plan's new title: a text in three languages, one at least written. */
export function checkPlanTitle(value: unknown): Localized {
	return checkName(value, 'title', MAX_PLAN_TITLE);
}

/** Writes a plan's title in three languages to its record, audited (inside the caller's transaction). */
export async function setPlanTitle(
	db: Pick<Db, 'update' | 'insert' | 'tables'>,
	plan: { id: string; clusterId: string },
	title: Localized,
	byUserId: string
): Promise<void> {
	const { plans } = db.tables;
	await db.update(plans).set(planTitleValues(title)).where(eq(plans.id, plan.id));
	const detail = { title: firstWritten(title) };
	await audit(db, {
		userId: byUserId,
		action: 'plan.rename',
		clusterId: plan.clusterId,
		target: plan.id,
		detail
	});
}
