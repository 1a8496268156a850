// The daily version: once a day the server keeps a version of every plan that changed since its
// latest version, so a plan's history has a point per working day even when nobody saved one.
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { planVersions, plans } from '../db/schema';
import { isEmptyDiff, diff } from '../../plan';
import { keepVersion, livePlan, versionRow } from './store';
import { versionData } from './readable';
import { planTitleColumns } from '../clusters/names';

/** How often the server looks; the check itself decides whether a day's version is due. */
export const DAILY_CHECK_INTERVAL_MS = 60 * 60 * 1000;

const day = (time: Date | number) => new Date(time).toISOString().slice(0, 10);

/**
 * Keeps a 'daily' version of each plan whose content differs from its latest version, unless one
 * was kept today already. A plan with no version at all gets its first. Returns the plan ids kept.
 */
export function keepDailyVersions(db: Db, now = Date.now()): string[] {
	const kept: string[] = [];
	const all = db
		.select({ id: plans.id, clusterId: plans.clusterId, title: planTitleColumns })
		.from(plans)
		.all();
	for (const plan of all) {
		const versions = db
			.select({ number: planVersions.number, kind: planVersions.kind, createdAt: planVersions.createdAt })
			.from(planVersions)
			.where(eq(planVersions.planId, plan.id))
			.orderBy(desc(planVersions.number))
			.all();
		const dailyToday = versions.some((v) => v.kind === 'daily' && day(v.createdAt) === day(now));
		if (dailyToday) continue;
		const live = livePlan(db, plan);
		// Only the latest version's content is read, through the same check as every page's.
		const latest = versions[0] && versionRow(db, plan.id, versions[0].number);
		if (latest && isEmptyDiff(diff(versionData(latest), live.data))) continue;
		db.transaction(
			(tx) => {
				keepVersion(
					tx,
					plan,
					{ label: day(now), note: '', kind: 'daily', ...live, author: { id: null, name: 'Clusterplan' } },
					now
				);
			},
			{ behavior: 'immediate' }
		);
		kept.push(plan.id);
	}
	return kept;
}
