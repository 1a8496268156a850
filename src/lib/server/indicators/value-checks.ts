// Checks batch rows against a plan before anything is written: each row's indicator, period, number,
// note and evidence, the state of its year, and what it would do to the value its period holds now.
// A checker takes a batch in slices, so a large import can let other requests in between them; it
// reads only the current values of the periods the slice names, never the plan's whole history.
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db';
import type { IndicatorValueRow } from '../db/schema';
import {
	checkValue,
	findIndicator,
	isPlanError,
	parsePeriod,
	sameValue,
	type CheckedValue,
	type Indicator,
	type ValueInput
} from '../../plan';
import type { PlanErrorCode } from '../../plan';
import type { RefusalRow } from '../../refusal';
import { stateOf, yearStates } from './periods';

/** One refused row, with a code the value checks give. */
export type RowError = RefusalRow & { code: PlanErrorCode | 'duplicate_row' };

/** A batch row: the value and the row number errors name (a spreadsheet's line). */
export type BatchRow = ValueInput & { row: number };

/** What a row would do: a first value, a correction, nothing (same as now), or an error. */
export type RowPlan =
	| {
			row: number;
			outcome: 'new' | 'changed' | 'unchanged';
			value: CheckedValue;
			previous: IndicatorValueRow | null;
	  }
	| { row: number; outcome: 'error'; error: RowError };

/** The key of an indicator's period. */
export const valueKey = (indicatorId: string, period: string) => `${indicatorId}\u0000${period}`;

// Where a row would land, if its indicator and period can be read at all.
function landing(indicators: readonly Indicator[], row: BatchRow): [string, string] | null {
	const indicator = findIndicator(indicators, row.indicator);
	if (!indicator) return null;
	try {
		return [indicator.id, parsePeriod(row.period, indicator.frequency)];
	} catch {
		return null;
	}
}

/** The value each of `rows`' periods holds now (the latest row of the period), by key. */
async function standingValues(
	db: Db,
	planId: string,
	indicators: readonly Indicator[],
	rows: readonly BatchRow[]
): Promise<Map<string, IndicatorValueRow>> {
	const { indicatorValues } = db.tables;
	const periodsOf = new Map<string, Set<string>>();
	for (const row of rows) {
		const at = landing(indicators, row);
		if (!at) continue;
		const periods = periodsOf.get(at[0]) ?? new Set<string>();
		periodsOf.set(at[0], periods.add(at[1]));
	}
	const standing = new Map<string, IndicatorValueRow>();
	for (const [indicatorId, periods] of periodsOf) {
		const found = await db
			.select()
			.from(indicatorValues)
			.where(
				and(
					eq(indicatorValues.planId, planId),
					eq(indicatorValues.indicatorId, indicatorId),
					inArray(indicatorValues.period, [...periods])
				)
			)
			.orderBy(indicatorValues.id);
		for (const value of found) standing.set(valueKey(value.indicatorId, value.period), value);
	}
	return standing;
}

/**
 * A checker of one batch, taken in slices in order: each call checks the next slice and plans its
 * rows, remembering earlier slices so a period named twice in the batch is refused the second time.
 * Writes nothing.
 */
export async function rowChecker(
	db: Db,
	planId: string,
	indicators: readonly Indicator[]
): Promise<(slice: readonly BatchRow[]) => Promise<RowPlan[]>> {
	const states = await yearStates(db, planId);
	const seen = new Map<string, number>();
	return async (slice) => {
		const current = await standingValues(db, planId, indicators, slice);
		return slice.map((input): RowPlan => {
			let value: CheckedValue;
			try {
				value = checkValue(
					indicators,
					input,
					(year) => stateOf(states, year),
					(indicatorId, period) => current.get(valueKey(indicatorId, period))
				);
			} catch (error) {
				if (!isPlanError(error)) throw error;
				return {
					row: input.row,
					outcome: 'error',
					error: { row: input.row, field: error.field, code: error.code, message: error.message }
				};
			}
			const k = valueKey(value.indicatorId, value.period);
			const earlier = seen.get(k);
			if (earlier !== undefined) {
				const message = `the same indicator and period as row ${earlier}`;
				return {
					row: input.row,
					outcome: 'error',
					error: { row: input.row, field: 'period', code: 'duplicate_row', message }
				};
			}
			seen.set(k, input.row);
			const previous = current.get(k) ?? null;
			const outcome = previous === null ? 'new' : sameValue(previous, value) ? 'unchanged' : 'changed';
			return { row: input.row, outcome, value, previous };
		});
	};
}
