// The daily version: once a day the server keeps a version of every plan that changed since its
// latest version, so a plan's history has a point per working day even when nobody saved one.
import { and, desc, eq, gte, lt } from 'drizzle-orm';
import type { Db } from '../db';
import { isEmptyDiff, diff } from '../../plan';
import { keepVersion, livePlan, versionRow } from './store';
import { versionData } from './readable';
import { planTitleColumns } from '../clusters/names';

/** How often the server looks; the check itself decides whether a day's version is due. */
export const DAILY_CHECK_INTERVAL_MS = 60 * 60 * 1000;

const day = (time: Date | number) => new Date(time).toISOString().slice(0, 10);

const DAY_MS = 24 * 60 * 60 * 1000;

// One row at most, found through the plan's index: a plan kept daily for years has hundreds.
async function keptToday(db: Db, planId: string, now: number): Promise<boolean> {
	const { planVersions } = db.tables;
	const start = new Date(day(now)).getTime();
	const [kept] = await db
		.select({ number: planVersions.number })
		.from(planVersions)
		.where(
			and(
				eq(planVersions.planId, planId),
				eq(planVersions.kind, 'daily'),
				gte(planVersions.createdAt, new Date(start)),
				lt(planVersions.createdAt, new Date(start + DAY_MS))
			)
		)
		.limit(1);
	return kept !== undefined;
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
		if (await keptToday(db, plan.id, now)) continue;
		const [newest] = await db
			.select({ number: planVersions.number })
			.from(planVersions)
			.where(eq(planVersions.planId, plan.id))
			.orderBy(desc(planVersions.number))
			.limit(1);
		const live = await livePlan(db, plan);
		// Only the latest version's content is read, through the same check as every page's.
		const latest = newest && (await versionRow(db, plan.id, newest.number));
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
