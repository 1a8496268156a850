// Demo indicator values, so the monitoring views have something to show on a fresh start: figures
// for 2019–2022 that follow each target path more or less closely (so every status appears), with
// 2019–2021 approved and 2022 submitted or still in progress. Recorded through the same services as
// real values, by the cluster's coordinator where it has one.
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { loadActor } from '../authz/actor';
import { readPlan } from '../plans/document';
import { recordValues, type BatchRow } from '../indicators/values';
import { stepPeriod, type PlanRef } from '../indicators/periods';
import { expectedAt, periodTime, periodsOfYear, type Indicator } from '../../plan';

const YEARS = [2019, 2020, 2021, 2022];
// How much of the planned change each indicator achieves, in turn: on track, at risk, off track.
const PACE = [1.03, 0.95, 0.74, 1.1, 0.45, 0.98, 0.82];

/**
 * True when an indicator counts things (firms, people, jobs): its baseline and targets are whole
 * numbers, so its figures must be too (20.4 firms is no figure anyone reports).
 */
export function countsWholeThings(indicator: Indicator): boolean {
	const planned = [indicator.baseline ?? 0, ...Object.values(indicator.targets)];
	return planned.every((value) => Number.isInteger(value));
}

function round(value: number, whole: boolean): number {
	return whole ? Math.round(value) : Math.round(value * 10) / 10;
}

function rowsOf(indicator: Indicator, pace: number, startRow: number): BatchRow[] {
	const rows: BatchRow[] = [];
	const baseline = indicator.baseline ?? 0;
	const whole = countsWholeThings(indicator);
	for (const year of YEARS) {
		const periods = periodsOfYear(indicator.frequency, year);
		for (const period of periods) {
			const time = indicator.cumulative ? periodTime(period) : year;
			const expected = expectedAt(indicator, time);
			if (expected === null) continue;
			const figure = baseline + pace * (expected - baseline);
			// A flow is reported per period, so a year's periods add up to its figure.
			const value = indicator.cumulative ? figure : figure / periods.length;
			rows.push({
				row: startRow + rows.length,
				indicator: indicator.id,
				period,
				value: round(value, whole),
				note: ''
			});
		}
	}
	return rows;
}

async function actorNamed(db: Db, username: string) {
	const { users } = db.tables;
	const [user] = await db.select().from(users).where(eq(users.username, username)).limit(1);
	return user ? loadActor(db, user) : null;
}

/** A day early in the year after `year`, when its report is put together. */
const reportDay = (year: number, day: number) => Date.UTC(year + 1, 0, day, 9);

/** Records the demo values of one plan and takes its years through approval, as if year by year. */
export async function seedDemoValues(db: Db, plan: PlanRef): Promise<void> {
	const coordinator = (await actorNamed(db, 'demo-coordinator')) ?? null;
	const admin = await actorNamed(db, 'demo-admin');
	const reviewer = await actorNamed(db, 'demo-reviewer');
	if (!admin || !reviewer) return;
	const recorder = coordinator?.roles[plan.clusterId] ? coordinator : admin;
	const indicators = (await readPlan(db, plan)).indicators.filter((indicator) => indicator.formula === null);
	const rows = indicators.flatMap((indicator, i) =>
		rowsOf(indicator, PACE[(i + plan.id.length) % PACE.length]!, 1 + i * 100)
	);
	for (const year of YEARS) {
		const ofYear = rows.filter((row) => String(row.period).startsWith(String(year)));
		if (ofYear.length === 0) continue;
		await recordValues(db, recorder, plan, ofYear, 'demo', reportDay(year, 15));
		// The flour and milk clusters have sent their 2022 report; it waits for KIDI.
		const last = year === YEARS.at(-1);
		if (last && recorder !== coordinator) continue;
		await stepPeriod(db, recorder, plan, { year, step: 'submit' }, reportDay(year, 20));
		if (!last) await stepPeriod(db, reviewer, plan, { year, step: 'approve' }, reportDay(year, 40));
	}
}
