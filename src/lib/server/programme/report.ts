// The programme report on a day, for KIDI's reviewers and admins: gathers the calls, the registry's
// counts, every cluster's plan with its approval and indicators, and the catalogue, and hands them to
// the pure report builder. Plans are read as they stand now (the plan keeps no day-by-day history);
// counts, decisions and approvals are taken as they stood on the day.
import { refusals, Refusal } from '../../refusal';
import { isDate } from '../../registry/dates';
import { joinedIn } from '../../registry/counts';
import { programmeReport, type PlanFacts, type ProgrammeReport } from '../../programme/report';
import { indicatorTally } from '../../components/programme/programme-view';
import type { AppUser } from '../authz/actor';
import { can } from '../authz/can';
import { visibleClusters } from '../clusters';
import type { Db } from '../db';
import { monitoringData } from '../indicators/monitoring';
import { readMeasures } from '../measures/store';
import { readPlan } from '../plans/document';
import { programmeParticipants } from '../registry/programme';
import { readApplications, readCalls } from '../selection/store';
import { planDecisionOn } from './plan-decision';

/**
 * The report's day from the query: `asOf` (YYYY-MM-DD) as given, else `year`'s 31 December, else
 * `today`. A malformed one is refused with the field it came in.
 */
export function reportDay(year: string | null, asOf: string | null, today: string): string {
	if (asOf !== null) {
		if (!isDate(asOf))
			throw new Refusal(400, 'invalid_date', 'asOf must be a date, YYYY-MM-DD', { field: 'asOf' });
		return asOf;
	}
	if (year === null) return today;
	if (!/^\d{4}$/.test(year) || Number(year) < 2000)
		throw new Refusal(400, 'invalid_date', 'year must be a year, YYYY', { field: 'year' });
	return `${year}-12-31`;
}

export async function programmeReportOf(db: Db, user: AppUser, asOf: string): Promise<ProgrammeReport> {
	if (!can(user, 'programme.view'))
		throw refusals.forbidden('The programme report is for reviewers and admins');
	const year = Number(asOf.slice(0, 4));
	const [counts, joined, calls, measures, clusters] = await Promise.all([
		programmeParticipants(db, user, asOf),
		db.select({ joinedAt: db.tables.participants.joinedAt }).from(db.tables.participants),
		readCalls(db),
		readMeasures(db),
		visibleClusters(db, user, 'en')
	]);
	const plans: PlanFacts[] = [];
	for (const cluster of clusters)
		for (const plan of cluster.plans) {
			const data = await readPlan(db, plan);
			plans.push({
				clusterId: cluster.id,
				clusterName: cluster.name,
				planId: plan.id,
				planTitle: plan.title,
				data,
				decision: await planDecisionOn(db, plan.id, asOf),
				indicators: indicatorTally(data, await monitoringData(db, plan.id), year).byStatus
			});
		}
	return programmeReport({
		asOf,
		calls: await Promise.all(
			calls.map(async (call) => ({ ...call, applications: await readApplications(db, call.id) }))
		),
		participants: {
			total: counts.total,
			employees: counts.employees,
			joinedInYear: joinedIn(
				joined.filter((row) => row.joinedAt <= asOf),
				year
			),
			byCluster: counts.byCluster
		},
		plans,
		measures
	});
}

/** The report's day for a page: as the API reads it, but a day it cannot read shows today's report. */
export function pageReportDay(query: URLSearchParams, today: string): string {
	try {
		// A form's field left blank sends an empty value: it asks nothing.
		const asked = (name: string) => query.get(name) || null;
		return reportDay(asked('year'), asked('asOf'), today);
	} catch (error) {
		if (error instanceof Refusal) return today;
		throw error;
	}
}
