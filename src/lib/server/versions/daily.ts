// The daily version: once a day the server keeps a version of every plan that changed since its
// latest version, so a plan's history has a point per working day even when nobody saved one.
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { planVersions, plans } from '../db/schema';
import { isEmptyDiff, diff, type PlanData } from '../../plan';
import { keepVersion, livePlan } from './store';

/** How often the server looks; the check itself decides whether a day's version is due. */
export const DAILY_CHECK_INTERVAL_MS = 60 * 60 * 1000;

const day = (time: Date | number) => new Date(time).toISOString().slice(0, 10);

/**
 * Keeps a 'daily' version of each plan whose content differs from its latest version, unless one
 * was kept today already. A plan with no version at all gets its first. Returns the plan ids kept.
 */
export function keepDailyVersions(db: Db, now = Date.now()): string[] {
	const kept: string[] = [];
	for (const plan of db.select().from(plans).all()) {
		const versions = db
			.select({ kind: planVersions.kind, data: planVersions.data, createdAt: planVersions.createdAt })
			.from(planVersions)
			.where(eq(planVersions.planId, plan.id))
			.orderBy(desc(planVersions.number))
			.all();
		const dailyToday = versions.some((v) => v.kind === 'daily' && day(v.createdAt) === day(now));
		if (dailyToday) continue;
		const live = livePlan(db, plan);
		const latest = versions[0];
		if (latest && isEmptyDiff(diff(latest.data as PlanData, live.data))) continue;
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
