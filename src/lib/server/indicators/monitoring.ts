// What a plan's monitoring view and the indicators API read from the database: the current value of
// every indicator period and the approval state (with its latest step) of every reporting year.
import type { Db } from '../db';
import type { IndicatorValueRow } from '../db/schema';
import type { PeriodState, ValueRecord } from '../../plan';
import { currentValues, valueLog } from './values';
import { yearHistory, yearStates } from './periods';

/** One approval step as pages show it. */
export type StepView = { step: string; state: PeriodState; by: string; at: string; comment: string };

/** A reporting year: its state and its steps, newest first. */
export type YearView = { year: number; state: PeriodState; steps: StepView[] };

export type MonitoringData = {
	/** The value that counts for each indicator period. */
	values: ValueRecord[];
	/** Values a later correction superseded, newest first: kept, and shown as each indicator's history. */
	corrected: ValueRecord[];
	years: YearView[];
};

/** A stored value as pages and the API show it. */
export const valueRecord = (row: IndicatorValueRow): ValueRecord => ({
	id: row.id,
	indicatorId: row.indicatorId,
	period: row.period,
	value: row.value,
	note: row.note,
	evidence: row.evidence,
	authorName: row.authorName,
	at: row.createdAt.toISOString()
});

/** The plan's current values and reporting years (years without a step have no data and are left out). */
export async function monitoringData(db: Db, planId: string): Promise<MonitoringData> {
	const current = await currentValues(db, planId);
	const counted = new Set(current.map((row) => row.id));
	const corrected = (await valueLog(db, planId))
		.filter((row) => !counted.has(row.id))
		.reverse()
		.map(valueRecord);
	return { values: current.map(valueRecord), corrected, years: await yearViews(db, planId) };
}

/** The plan's reporting years with a step, newest first, each with its steps. */
export async function yearViews(db: Db, planId: string): Promise<YearView[]> {
	const views: YearView[] = [];
	for (const { year, state } of (await yearStates(db, planId)).values()) {
		const steps = (await yearHistory(db, planId, year)).map((row) => ({
			step: row.step,
			state: row.state as PeriodState,
			by: row.userName,
			at: row.at.toISOString(),
			comment: row.comment
		}));
		views.push({ year, state, steps });
	}
	return views.toSorted((a, b) => b.year - a.year);
}

/** Year → state, as `monitorPlan` takes it. */
export function statesByYear(years: readonly YearView[]): Record<number, PeriodState> {
	return Object.fromEntries(years.map((y) => [y.year, y.state]));
}
