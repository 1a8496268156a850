// A plan's reporting calendar on the server: its years with their due days and where each stands,
// changing a year's day (its facilitators and admins), and reminding those who report.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db';
import type { AppUser } from '../authz/actor';
import { can } from '../authz/can';
import { audit } from '../audit';
import { readPlan } from '../plans/document';
import { yearStates } from '../indicators/periods';
import { planYears, periodYear, isPeriodKey, type Localized } from '../../plan';
import {
	dayOf,
	deadlineOf,
	deadlineState,
	isDay,
	mayHaveDeadline,
	planSpan,
	remindersDue,
	reportingYears,
	type Day,
	type DeadlineState,
	type PlanSpan
} from '../../notifications/calendar';
import { Refusal } from '../../refusal';
import { clusterNameColumns, planTitleColumns } from '../clusters/names';
import { allowedTo, clusterPeople, idsOf, withRole } from './audience';
import { notify, type Notice } from './notify';

/** A plan as the calendar needs it. */
export type CalendarPlan = { id: string; clusterId: string; title: Localized };

/** One year of a plan's calendar as the API and the pages show it. */
export type Deadline = {
	year: number;
	dueOn: Day;
	/** True while the plan keeps the programme's day (20 February). */
	default: boolean;
	state: DeadlineState;
	/** When the report was submitted (or approved), for a year that is done. */
	doneAt?: string;
};

/** What the calendar reads of a plan: the years it spans, its own days and its years' states. */
async function calendarFacts(db: Db, plan: Pick<CalendarPlan, 'id' | 'title'>) {
	const { indicatorValues, reportDeadlines } = db.tables;
	const [data, states, overrides, periods] = await Promise.all([
		readPlan(db, plan),
		yearStates(db, plan.id),
		db.select().from(reportDeadlines).where(eq(reportDeadlines.planId, plan.id)),
		db
			.selectDistinct({ period: indicatorValues.period })
			.from(indicatorValues)
			.where(eq(indicatorValues.planId, plan.id))
	]);
	const recorded = periods.filter((row) => isPeriodKey(row.period)).map((row) => periodYear(row.period));
	const span: PlanSpan = planSpan(
		planYears(data.indicators),
		data.projects.flatMap((project) => [project.start, project.end]),
		[...states.keys(), ...recorded]
	);
	return { span, states, overrides: new Map(overrides.map((row) => [row.year, row.dueOn])) };
}

/** The plan's reporting years, oldest first, each with its due day and its state on `now`. */
export async function planDeadlines(
	db: Db,
	plan: Pick<CalendarPlan, 'id' | 'title'>,
	now: number
): Promise<Deadline[]> {
	const { span, states, overrides } = await calendarFacts(db, plan);
	const today = dayOf(now);
	const currentYear = Number(today.slice(0, 4));
	return reportingYears(span, currentYear, [...overrides.keys()]).map((year) => {
		const own = overrides.get(year);
		const dueOn = deadlineOf(year, own);
		const status = states.get(year);
		const done = status?.state === 'submitted' || status?.state === 'approved';
		const deadline: Deadline = {
			year,
			dueOn,
			default: own === undefined,
			state: deadlineState(dueOn, done, today)
		};
		if (done && status) deadline.doneAt = status.last.at.toISOString();
		return deadline;
	});
}

/**
 * Sets the day a year's report is due (`dueOn: null` puts back the programme's day). Refused at
 * the field: a day that is no day, a year the plan does not span. Logged in the audit log.
 */
export async function setDeadline(
	db: Db,
	user: AppUser,
	plan: CalendarPlan,
	input: { year: unknown; dueOn: unknown },
	now: number
): Promise<Deadline[]> {
	if (!can(user, 'deadline.set', { clusterId: plan.clusterId }))
		throw new Refusal(403, 'forbidden', 'you may not change when this plan reports');
	const year = input.year;
	if (typeof year !== 'number' || !Number.isInteger(year))
		throw new Refusal(400, 'invalid_period', 'year must be a year', { field: 'year' });
	const dueOn = input.dueOn;
	if (dueOn !== null && !isDay(dueOn))
		throw new Refusal(400, 'invalid_date', 'dueOn must be a day, YYYY-MM-DD, or null', { field: 'dueOn' });
	// A report is due after its year has begun; a day before that is a typing slip.
	if (dueOn !== null && Number(dueOn.slice(0, 4)) < year)
		throw new Refusal(400, 'invalid_date', 'a year’s report cannot be due before the year', {
			field: 'dueOn'
		});
	const { span } = await calendarFacts(db, plan);
	if (!mayHaveDeadline(span, year))
		throw new Refusal(400, 'invalid_period', `the plan does not report on ${year}`, { field: 'year' });
	const { reportDeadlines } = db.tables;
	await db.transaction(async (tx) => {
		const where = and(eq(reportDeadlines.planId, plan.id), eq(reportDeadlines.year, year));
		if (dueOn === null) await tx.delete(reportDeadlines).where(where);
		else
			await tx
				.insert(reportDeadlines)
				.values({ planId: plan.id, year, dueOn, changedBy: user.id, changedAt: new Date(now) })
				.onConflictDoUpdate({
					target: [reportDeadlines.planId, reportDeadlines.year],
					set: { dueOn, changedBy: user.id, changedAt: new Date(now) }
				});
		await audit(
			tx,
			{
				userId: user.id,
				action: 'deadline.set',
				clusterId: plan.clusterId,
				target: `${plan.id}/${year}`,
				detail: { dueOn: deadlineOf(year, dueOn), default: dueOn === null }
			},
			now
		);
	});
	return planDeadlines(db, plan, now);
}

/** Where a year of a plan is reported: its reporting years on the monitoring page. */
export const yearLink = (clusterId: string, planId: string, year: number) =>
	`/c/${clusterId}/p/${planId}/monitoring#year-${year}`;

/**
 * Tells those who report (the cluster's coordinators and facilitators who may submit a year) of
 * every open year whose reminder has come: 14 and 3 days before its day, and once it has passed.
 * Safe to run as often as wanted: each reminder's key makes it heard once per person.
 */
export async function remindDeadlines(db: Db, now: number): Promise<number> {
	const { plans, clusters } = db.tables;
	const rows = await db
		.select({
			id: plans.id,
			clusterId: plans.clusterId,
			title: planTitleColumns(plans),
			cluster: clusterNameColumns(clusters).name
		})
		.from(plans)
		.innerJoin(clusters, eq(clusters.id, plans.clusterId));
	const today = dayOf(now);
	let told = 0;
	for (const plan of rows) {
		const years = (await planDeadlines(db, plan, now)).map((d) => ({
			year: d.year,
			dueOn: d.dueOn,
			done: d.state === 'done'
		}));
		const due = remindersDue(years, today);
		if (!due.length) continue;
		const people = await clusterPeople(db, plan.clusterId);
		const reporters = allowedTo(
			withRole(people, plan.clusterId, ['coordinator', 'facilitator']),
			'period.submit',
			plan.clusterId
		);
		if (!reporters.length) continue;
		for (const { year, dueOn, reminder } of due) {
			const soon = reminder.kind === 'soon';
			const notice: Notice = {
				kind: soon ? 'deadline_soon' : 'deadline_passed',
				actor: null,
				clusterId: plan.clusterId,
				planId: plan.id,
				link: yearLink(plan.clusterId, plan.id, year),
				detail: { cluster: plan.cluster, plan: plan.title, year, dueOn },
				key: soon ? `deadline_soon:${plan.id}:${year}:${reminder.days}` : `deadline_passed:${plan.id}:${year}`
			};
			told += (await notify(db, notice, idsOf(reporters), now)).length;
		}
	}
	return told;
}
