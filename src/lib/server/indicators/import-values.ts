// A spreadsheet import of up to 20,000 rows, checked and recorded without holding up the server.
// Rows are checked in slices, with the requests and socket messages that wait let in between; then
// every row is written in one short transaction, or none is. A transaction cannot stay open across
// those pauses (all requests share the one SQLite connection, so theirs would join it), so the write
// first makes sure that what the check read has not changed since: the plan's latest value and
// latest approval step are still the same rows (both tables only ever grow). If they moved, the rows
// are checked again against the new state. The write itself is one INSERT of all rows, which SQLite
// does in well under 100 ms for 20,000 rows.
import { eq, max, sql } from 'drizzle-orm';
import type { AppUser } from '../authz/actor';
import type { Db } from '../db';
import { indicatorValues, periodSteps } from '../db/schema';
import { readPlan } from '../plans/document';
import { MAX_NAMED_ROWS } from './import-caps';
import { letOthersIn } from '../let-others-in';
import { publish } from './events';
import { Refused } from './refused';
import type { PlanRef } from './periods';
import { rowChecker, type BatchRow, type RowPlan } from './value-checks';
import { auditImport, mayRecord, refusedRows, startYears } from './values';

/** Rows checked between two pauses: about 10 ms of work. */
const SLICE = 1000;
/** Checks against a plan whose values keep changing before the import gives up. */
const ATTEMPTS = 3;

type Recorded = Extract<RowPlan, { value: unknown }> & { outcome: 'new' | 'changed' };

// The latest value and approval step of the plan: any recording or step changes one of them.
function markOf(db: Pick<Db, 'select'>, planId: string): string {
	const value = db
		.select({ id: max(indicatorValues.id) })
		.from(indicatorValues)
		.where(eq(indicatorValues.planId, planId))
		.get();
	const step = db
		.select({ id: max(periodSteps.id) })
		.from(periodSteps)
		.where(eq(periodSteps.planId, planId))
		.get();
	return `${value?.id ?? 0}/${step?.id ?? 0}`;
}

/**
 * What each row of an import would do, checked in slices with other requests let in between.
 * Refuses a user who may not record. Writes nothing.
 */
export async function checkImport(
	db: Db,
	user: AppUser,
	plan: PlanRef,
	rows: readonly BatchRow[]
): Promise<RowPlan[]> {
	mayRecord(user, plan);
	const check = rowChecker(db, plan.id, readPlan(db, plan).indicators);
	const planned: RowPlan[] = [];
	for (let at = 0; at < rows.length; at += SLICE) {
		if (at > 0) await letOthersIn();
		planned.push(...check(rows.slice(at, at + SLICE)));
	}
	return planned;
}

function insertAll(
	tx: Pick<Db, 'run'>,
	user: AppUser,
	plan: PlanRef,
	rows: readonly Recorded[],
	now: number
) {
	// One statement for every row: SQLite reads them from a JSON array, in the file's order.
	const values = JSON.stringify(
		rows.map(({ value, previous }) => [
			value.indicatorId,
			value.period,
			value.value,
			value.note,
			value.evidence,
			previous?.id ?? null
		])
	);
	tx.run(sql`
		insert into indicator_values
			(plan_id, indicator_id, period, value, note, evidence, supersedes, author_id, author_name, via, created_at)
		select ${plan.id}, v.value ->> 0, v.value ->> 1, v.value ->> 2, v.value ->> 3, v.value ->> 4, v.value ->> 5,
			${user.id}, ${user.displayName}, 'import', ${now}
		from json_each(${values}) v`);
}

/**
 * Records an import: every row or, if any row is refused, none (naming the first refused rows and
 * counting all). Unchanged rows add nothing. Returns how many values were recorded.
 */
export async function applyImport(
	db: Db,
	user: AppUser,
	plan: PlanRef,
	rows: readonly BatchRow[],
	now = Date.now()
): Promise<number> {
	if (rows.length === 0) throw new Refused(400, 'required', 'there are no values to record');
	for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
		const checkedAt = markOf(db, plan.id);
		const planned = await checkImport(db, user, plan, rows);
		const refused = refusedRows(planned, MAX_NAMED_ROWS);
		if (refused) throw refused;
		const recorded = planned.filter(
			(row): row is Recorded => row.outcome === 'new' || row.outcome === 'changed'
		);
		const written = db.transaction(
			(tx) => {
				if (markOf(tx, plan.id) !== checkedAt) return false;
				if (recorded.length > 0) insertAll(tx, user, plan, recorded, now);
				startYears(
					tx,
					plan,
					user,
					recorded.map((row) => row.value),
					now
				);
				auditImport(tx, user, plan, { rows: rows.length, recorded: recorded.length }, now);
				return true;
			},
			{ behavior: 'immediate' }
		);
		if (!written) continue;
		if (recorded.length > 0)
			publish(plan.id, { kind: 'values', periods: [...new Set(recorded.map((row) => row.value.period))] });
		return recorded.length;
	}
	throw new Refused(
		409,
		'values_changed',
		'the plan’s values kept changing while the file was checked; try again'
	);
}
