// The reports overdue in the plans a person may see, for the home page and the programme view.
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db';
import { can, type Actor } from '../authz/can';
import { clusterNameColumns, planTitleColumns } from '../clusters/names';
import { daysBetween, dayOf } from '../../notifications/calendar';
import type { Localized } from '../../plan';
import { planDeadlines, yearLink } from './deadlines';

/** A yearly report past its day and not submitted. */
export type OverdueReport = {
	clusterId: string;
	clusterName: Localized;
	planId: string;
	planTitle: Localized;
	year: number;
	dueOn: string;
	/** Whole days since the due day. */
	days: number;
	/** The year on the plan's monitoring page. */
	link: string;
};

/**
 * Every overdue report of the plans `actor` may view (of `clusterIds` only, when given), the most
 * overdue first.
 */
export async function overdueReports(
	db: Db,
	actor: Actor,
	now: number,
	clusterIds?: readonly string[]
): Promise<OverdueReport[]> {
	const { clusters, plans } = db.tables;
	const query = db
		.select({
			id: plans.id,
			clusterId: plans.clusterId,
			title: planTitleColumns(plans),
			clusterName: clusterNameColumns(clusters).name
		})
		.from(plans)
		.innerJoin(clusters, eq(clusters.id, plans.clusterId));
	const rows = (
		clusterIds ? await query.where(inArray(plans.clusterId, [...clusterIds])) : await query
	).filter((row) => can(actor, 'plan.view', { clusterId: row.clusterId }));
	const today = dayOf(now);
	const reports: OverdueReport[] = [];
	for (const plan of rows) {
		for (const deadline of await planDeadlines(db, plan, now)) {
			if (deadline.state !== 'overdue') continue;
			reports.push({
				clusterId: plan.clusterId,
				clusterName: plan.clusterName,
				planId: plan.id,
				planTitle: plan.title,
				year: deadline.year,
				dueOn: deadline.dueOn,
				days: daysBetween(deadline.dueOn, today),
				link: yearLink(plan.clusterId, plan.id, deadline.year)
			});
		}
	}
	return reports.toSorted((a, b) => b.days - a.days || a.planId.localeCompare(b.planId));
}
