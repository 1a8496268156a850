// Recording indicator values. One path for every door (the monitoring form, the JSON API, a
// spreadsheet import): check `can`, check every row against the plan's indicators and the state of
// its year, then write all rows in one transaction or none. Rows are only ever added.
import { eq } from 'drizzle-orm';
import { readableValues } from './readable-rows';
import { can } from '../authz/can';
import type { AppUser } from '../authz/actor';
import type { Db } from '../db';
import type { IndicatorValueRow } from '../db/schema';
import { readPlan } from '../plans/document';
import { audit } from '../audit';
import { periodYear, type Indicator } from '../../plan';
import { Refusal } from '../../refusal';
import { stateOf, writeStep, yearStates, type PlanRef } from './periods';
import { publish } from './events';
import { rowChecker, valueKey, type BatchRow, type RowPlan } from './value-checks';

export type { BatchRow, RowPlan };

/** How a value arrived. */
export type ValueSource = 'form' | 'api' | 'import' | 'demo';

/** Every row of a plan's values, oldest first. */
export async function valueLog(db: Db, planId: string): Promise<IndicatorValueRow[]> {
	const { indicatorValues } = db.tables;
	const rows = await db
		.select()
		.from(indicatorValues)
		.where(eq(indicatorValues.planId, planId))
		.orderBy(indicatorValues.id);
	// A row no door would take now (written before the checks) is logged and left out.
	return readableValues(rows, planId);
}

/** The value that counts for each indicator and period: the latest row. */
export async function currentValues(db: Db, planId: string): Promise<IndicatorValueRow[]> {
	const latest = new Map<string, IndicatorValueRow>();
	for (const row of await valueLog(db, planId)) latest.set(valueKey(row.indicatorId, row.period), row);
	return [...latest.values()];
}

/** Checks a batch against the plan as it is now; writes nothing. */
export async function planRows(
	db: Db,
	planId: string,
	indicators: readonly Indicator[],
	rows: readonly BatchRow[]
): Promise<RowPlan[]> {
	return (await rowChecker(db, planId, indicators))(rows);
}

/**
 * The refusal of a batch with refused rows, or null when every row may be recorded: 409 when a
 * locked year is among them, else 400, naming the first `named` rows and counting all.
 */
export function refusedRows(planned: readonly RowPlan[], named = Infinity): Refusal | null {
	const errors = planned.flatMap((row) => (row.outcome === 'error' ? [row.error] : []));
	if (errors.length === 0) return null;
	const message = errors.length === 1 ? errors[0]!.message : `${errors.length} rows are refused`;
	const status = errors.some((e) => e.code === 'period_locked') ? 409 : 400;
	return new Refusal(status, 'invalid_rows', message, { rows: errors.slice(0, named) });
}

/** Refuses, with every door's 403, a user who may not record values of the plan's cluster. */
export function mayRecord(user: AppUser, plan: PlanRef): void {
	if (!can(user, 'indicator.record', { clusterId: plan.clusterId })) {
		throw new Refusal(403, 'forbidden', 'you may not record indicator values in this cluster');
	}
}

/** The preview of an import: what each row would do. Refuses a user who may not record. */
export async function previewValues(
	db: Db,
	user: AppUser,
	plan: PlanRef,
	rows: readonly BatchRow[]
): Promise<RowPlan[]> {
	mayRecord(user, plan);
	return planRows(db, plan.id, (await readPlan(db, plan)).indicators, rows);
}

/**
 * Records a batch: all rows or, if any row is refused, none (a 400 naming every bad row). Unchanged
 * rows add nothing; a first value moves its year from no data to in progress. Returns the new rows.
 */
export async function recordValues(
	db: Db,
	user: AppUser,
	plan: PlanRef,
	rows: readonly BatchRow[],
	via: ValueSource,
	now = Date.now()
): Promise<IndicatorValueRow[]> {
	mayRecord(user, plan);
	if (rows.length === 0) throw new Refusal(400, 'required', 'there are no values to record');
	const indicators = (await readPlan(db, plan)).indicators;
	const written = await db.transaction(async (tx) => {
		const { indicatorValues } = tx.tables;
		const planned = await planRows(tx, plan.id, indicators, rows);
		const refused = refusedRows(planned);
		if (refused) throw refused;
		const out: IndicatorValueRow[] = [];
		for (const row of planned) {
			if (row.outcome !== 'new' && row.outcome !== 'changed') continue;
			const { value } = row;
			const [inserted] = await tx
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
				.returning();
			out.push(inserted!);
		}
		await startYears(tx, plan, user, out, now);
		if (via === 'import') await auditImport(tx, user, plan, { rows: rows.length, recorded: out.length }, now);
		return out;
	});
	if (written.length > 0)
		publish(plan.id, { kind: 'values', periods: [...new Set(written.map((row) => row.period))] });
	return written;
}

/** Moves the years of newly recorded values from no data to in progress (inside the caller's transaction). */
export async function startYears(
	tx: Db,
	plan: PlanRef,
	user: AppUser,
	recorded: readonly { period: string }[],
	now: number
): Promise<void> {
	const states = await yearStates(tx, plan.id);
	const years = new Set(recorded.map((value) => periodYear(value.period)));
	for (const year of years) {
		if (stateOf(states, year) === 'no_data')
			await writeStep(tx, plan, user, year, 'record', 'in_progress', '', now);
	}
}

/** The audit log's line for an import (inside the caller's transaction). */
export async function auditImport(
	tx: Db,
	user: AppUser,
	plan: PlanRef,
	detail: { rows: number; recorded: number },
	now: number
): Promise<void> {
	await audit(
		tx,
		{ userId: user.id, action: 'indicator.import', clusterId: plan.clusterId, target: plan.id, detail },
		now
	);
}
