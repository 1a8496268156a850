// A spreadsheet import of up to 20,000 rows, checked and recorded without holding up the server.
// Rows are checked in slices, with the requests and socket messages that wait let in between; then
// every row is written in one short transaction, or none is. A transaction is not held open across
// those pauses (on SQLite it would hold the write lock for every other request the whole time), so
// the write first makes sure that what the check read has not changed since: the plan's latest value
// and latest approval step are still the same rows (both tables only ever grow). If they moved, the
// rows are checked again against the new state. The write itself is a few multi-row INSERTs, sized
// to stay under both databases' limits on bound parameters.
import { eq, max } from 'drizzle-orm';
import type { AppUser } from '../authz/actor';
import type { Db } from '../db';
import { readPlan } from '../plans/document';
import { MAX_NAMED_ROWS } from './import-caps';
import { letOthersIn } from '../let-others-in';
import { publish } from './events';
import { Refusal } from '../../refusal';
import type { PlanRef } from './periods';
import { rowChecker, type BatchRow, type RowPlan } from './value-checks';
import { auditImport, mayRecord, refusedRows, startYears } from './values';

/** Rows checked between two pauses: about 10 ms of work. */
const SLICE = 1000;
/** Checks against a plan whose values keep changing before the import gives up. */
const ATTEMPTS = 3;

type Recorded = Extract<RowPlan, { value: unknown }> & { outcome: 'new' | 'changed' };

// The latest value and approval step of the plan: any recording or step changes one of them.
async function markOf(db: Db, planId: string): Promise<string> {
	const { indicatorValues, periodSteps } = db.tables;
	const [value] = await db
		.select({ id: max(indicatorValues.id) })
		.from(indicatorValues)
		.where(eq(indicatorValues.planId, planId));
	const [step] = await db
		.select({ id: max(periodSteps.id) })
		.from(periodSteps)
		.where(eq(periodSteps.planId, planId));
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
	const check = await rowChecker(db, plan.id, (await readPlan(db, plan)).indicators);
	const planned: RowPlan[] = [];
	for (let at = 0; at < rows.length; at += SLICE) {
		if (at > 0) await letOthersIn();
		planned.push(...(await check(rows.slice(at, at + SLICE))));
	}
	return planned;
}

/** Rows in one INSERT: 11 parameters each, well under SQLite's 32,766 and PostgreSQL's 65,535. */
const INSERT_ROWS = 2000;

async function insertAll(tx: Db, user: AppUser, plan: PlanRef, rows: readonly Recorded[], now: number) {
	const { indicatorValues } = tx.tables;
	// In the file's order: ids follow the rows, as the value log reads them.
	for (let at = 0; at < rows.length; at += INSERT_ROWS) {
		await tx.insert(indicatorValues).values(
			rows.slice(at, at + INSERT_ROWS).map(({ value, previous }) => ({
				planId: plan.id,
				indicatorId: value.indicatorId,
				period: value.period,
				value: value.value,
				note: value.note,
				evidence: value.evidence,
				supersedes: previous?.id ?? null,
				authorId: user.id,
				authorName: user.displayName,
				via: 'import',
				createdAt: new Date(now)
			}))
		);
	}
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
	if (rows.length === 0) throw new Refusal(400, 'required', 'there are no values to record');
	for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
		const checkedAt = await markOf(db, plan.id);
		const planned = await checkImport(db, user, plan, rows);
		const refused = refusedRows(planned, MAX_NAMED_ROWS);
		if (refused) throw refused;
		const recorded = planned.filter(
			(row): row is Recorded => row.outcome === 'new' || row.outcome === 'changed'
		);
		const written = await db.transaction(async (tx) => {
			if ((await markOf(tx, plan.id)) !== checkedAt) return false;
			if (recorded.length > 0) await insertAll(tx, user, plan, recorded, now);
			await startYears(
				tx,
				plan,
				user,
				recorded.map((row) => row.value),
				now
			);
			await auditImport(tx, user, plan, { rows: rows.length, recorded: recorded.length }, now);
			return true;
		});
		if (!written) continue;
		if (recorded.length > 0)
			publish(plan.id, { kind: 'values', periods: [...new Set(recorded.map((row) => row.value.period))] });
		return recorded.length;
	}
	throw new Refusal(
		409,
		'values_changed',
		'the plan’s values kept changing while the file was checked; try again'
	);
}
