// Recording indicator values. One path for every door (the monitoring form, the JSON API, a
// spreadsheet import): check `can`, check every row against the plan's indicators and the state of
// its year, then write all rows in one transaction or none. Rows are only ever added.
import { eq } from 'drizzle-orm';
import { readableValues } from './readable-rows';
import { can } from '../authz/can';
import type { AppUser } from '../authz/actor';
import type { Db } from '../db';
import { indicatorValues, type IndicatorValueRow } from '../db/schema';
import { readPlan } from '../plans/document';
import { audit } from '../audit';
import {
	checkValue,
	sameValue,
	isPlanError,
	periodYear,
	type CheckedValue,
	type Indicator,
	type ValueInput
} from '../../plan';
import { Refused, type RowError } from './refused';
import { stateOf, writeStep, yearStates, type PlanRef } from './periods';
import { publish } from './events';

/** How a value arrived. */
export type ValueSource = 'form' | 'api' | 'import' | 'demo';

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

const key = (indicatorId: string, period: string) => `${indicatorId}\u0000${period}`;

/** Every row of a plan's values, oldest first. */
export function valueLog(db: Pick<Db, 'select'>, planId: string): IndicatorValueRow[] {
	const rows = db
		.select()
		.from(indicatorValues)
		.where(eq(indicatorValues.planId, planId))
		.orderBy(indicatorValues.id)
		.all();
	// A row no door would take now (written before the checks) is logged and left out.
	return readableValues(rows, planId);
}

/** The value that counts for each indicator and period: the latest row. */
export function currentValues(db: Pick<Db, 'select'>, planId: string): IndicatorValueRow[] {
	const latest = new Map<string, IndicatorValueRow>();
	for (const row of valueLog(db, planId)) latest.set(key(row.indicatorId, row.period), row);
	return [...latest.values()];
}

/** Checks a batch against the plan as it is now; writes nothing. */
export function planRows(
	db: Pick<Db, 'select'>,
	planId: string,
	indicators: readonly Indicator[],
	rows: readonly BatchRow[]
): RowPlan[] {
	const states = yearStates(db, planId);
	const current = new Map(currentValues(db, planId).map((row) => [key(row.indicatorId, row.period), row]));
	const seen = new Map<string, number>();
	return rows.map((input): RowPlan => {
		let value: CheckedValue;
		try {
			value = checkValue(
				indicators,
				input,
				(year) => stateOf(states, year),
				(indicatorId, period) => current.get(key(indicatorId, period))
			);
		} catch (error) {
			if (!isPlanError(error)) throw error;
			return {
				row: input.row,
				outcome: 'error',
				error: { row: input.row, field: error.field, code: error.code, message: error.message }
			};
		}
		const k = key(value.indicatorId, value.period);
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
}

function mayRecord(user: AppUser, plan: PlanRef): void {
	if (!can(user, 'indicator.record', { clusterId: plan.clusterId })) {
		throw new Refused(403, 'forbidden', 'you may not record indicator values in this cluster');
	}
}

/** The preview of an import: what each row would do. Refuses a user who may not record. */
export function previewValues(db: Db, user: AppUser, plan: PlanRef, rows: readonly BatchRow[]): RowPlan[] {
	mayRecord(user, plan);
	return planRows(db, plan.id, readPlan(db, plan).indicators, rows);
}

/**
 * Records a batch: all rows or, if any row is refused, none (a 400 naming every bad row). Unchanged
 * rows add nothing; a first value moves its year from no data to in progress. Returns the new rows.
 */
export function recordValues(
	db: Db,
	user: AppUser,
	plan: PlanRef,
	rows: readonly BatchRow[],
	via: ValueSource,
	now = Date.now()
): IndicatorValueRow[] {
	mayRecord(user, plan);
	if (rows.length === 0) throw new Refused(400, 'required', 'there are no values to record');
	const indicators = readPlan(db, plan).indicators;
	const written = db.transaction(
		(tx) => {
			const planned = planRows(tx, plan.id, indicators, rows);
			const errors = planned.flatMap((row) => (row.outcome === 'error' ? [row.error] : []));
			if (errors.length > 0) {
				const message = errors.length === 1 ? errors[0]!.message : `${errors.length} rows are refused`;
				throw new Refused(
					errors.some((e) => e.code === 'period_locked') ? 409 : 400,
					'invalid_rows',
					message,
					errors
				);
			}
			const states = yearStates(tx, plan.id);
			const started = new Set<number>();
			const out: IndicatorValueRow[] = [];
			for (const row of planned) {
				if (row.outcome !== 'new' && row.outcome !== 'changed') continue;
				const { value } = row;
				out.push(
					tx
						.insert(indicatorValues)
						.values({
							planId: plan.id,
							...value,
							supersedes: row.previous?.id ?? null,
							authorId: user.id,
							authorName: user.displayName,
							via,
							createdAt: new Date(now)
						})
						.returning()
						.get()
				);
				const year = periodYear(value.period);
				if (stateOf(states, year) === 'no_data' && !started.has(year)) {
					writeStep(tx, plan, user, year, 'record', 'in_progress', '', now);
					started.add(year);
				}
			}
			if (via === 'import') {
				audit(
					tx,
					{
						userId: user.id,
						action: 'indicator.import',
						clusterId: plan.clusterId,
						target: plan.id,
						detail: { rows: rows.length, recorded: out.length }
					},
					now
				);
			}
			return out;
		},
		{ behavior: 'immediate' }
	);
	if (written.length > 0)
		publish(plan.id, { kind: 'values', periods: [...new Set(written.map((row) => row.period))] });
	return written;
}
