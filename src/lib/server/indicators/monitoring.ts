// What a plan's monitoring view and the indicators API read from the database: the current value of
// every indicator period and the approval state (with its latest step) of every reporting year.
import type { Db } from '../db';
import type { PeriodState, ValueRecord } from '../../plan';
import { currentValues } from './values';
import { yearHistory, yearStates } from './periods';

/** One approval step as pages show it. */
export type StepView = { step: string; state: PeriodState; by: string; at: string; comment: string };

/** A reporting year: its state and its steps, newest first. */
export type YearView = { year: number; state: PeriodState; steps: StepView[] };

export type MonitoringData = { values: ValueRecord[]; years: YearView[] };

/** The plan's current values and reporting years (years without a step have no data and are left out). */
export function monitoringData(db: Db, planId: string): MonitoringData {
	const values = currentValues(db, planId).map((row): ValueRecord => ({
		id: row.id,
		indicatorId: row.indicatorId,
		period: row.period,
		value: row.value,
		note: row.note,
		evidence: row.evidence,
		authorName: row.authorName,
		at: row.createdAt.toISOString()
	}));
	const years = [...yearStates(db, planId).values()]
		.map(({ year, state }) => ({
			year,
			state,
			steps: yearHistory(db, planId, year).map((row) => ({
				step: row.step,
				state: row.state as PeriodState,
				by: row.userName,
				at: row.at.toISOString(),
				comment: row.comment
			}))
		}))
		.toSorted((a, b) => b.year - a.year);
	return { values, years };
}

/** Year → state, as `monitorPlan` takes it. */
export function statesByYear(years: readonly YearView[]): Record<number, PeriodState> {
	return Object.fromEntries(years.map((y) => [y.year, y.state]));
}
