// The daily version: once a day the server keeps a version of every plan that changed since its
// latest version, so a plan's history has a point per working day even when nobody saved one.
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { isEmptyDiff, diff } from '../../plan';
import { keepVersion, livePlan, versionRow } from './store';
import { versionData } from './readable';
import { planTitleColumns } from '../clusters/names';

/** How often the server looks; the check itself decides whether a day's version is due. */
export const DAILY_CHECK_INTERVAL_MS = 60 * 60 * 1000;

const day = (time: Date | number) => new Date(time).toISOString().slice(0, 10);

async function keptToday(db: Db, planId: string, now: number): Promise<boolean> {
	const { planVersions } = db.tables;
	const dailies = await db
		.select({ createdAt: planVersions.createdAt })
		.from(planVersions)
		.where(and(eq(planVersions.planId, planId), eq(planVersions.kind, 'daily')));
	return dailies.some((v) => day(v.createdAt) === day(now));
}

/**
 * Keeps a 'daily' version of each plan whose content differs from its latest version, unless one
 * was kept today already. A plan with no version at all gets its first. Returns the plan ids kept.
 */
export async function keepDailyVersions(db: Db, now = Date.now()): Promise<string[]> {
	const { planVersions, plans } = db.tables;
	const kept: string[] = [];
	const all = await db
		.select({ id: plans.id, clusterId: plans.clusterId, title: planTitleColumns(plans) })
		.from(plans)
		.orderBy(plans.id);
	for (const plan of all) {
		const versions = await db
			.select({ number: planVersions.number, kind: planVersions.kind, createdAt: planVersions.createdAt })
			.from(planVersions)
			.where(eq(planVersions.planId, plan.id))
			.orderBy(desc(planVersions.number));
		if (versions.some((v) => v.kind === 'daily' && day(v.createdAt) === day(now))) continue;
		const live = await livePlan(db, plan);
		// Only the latest version's content is read, through the same check as every page's.
		const latest = versions[0] && (await versionRow(db, plan.id, versions[0].number));
		if (latest && isEmptyDiff(diff(versionData(latest), live.data))) continue;
		// Asked again where it is decided: every instance looks each hour, and one of them may have
		// kept today's version since the look above (the transaction is serializable on both).
		const keptNow = await db.transaction(async (tx) => {
			if (await keptToday(tx, plan.id, now)) return false;
			await keepVersion(
				tx,
				plan,
				{ label: day(now), note: '', kind: 'daily', ...live, author: { id: null, name: 'Clusterplan' } },
				now
			);
			return true;
		});
		if (keptNow) kept.push(plan.id);
	}
	return kept;
}
