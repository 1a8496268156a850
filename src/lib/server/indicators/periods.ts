// Approval of a plan's reporting years (see $lib/plan/approval for the states). Every step is a new
// row, so the history of who submitted, returned, approved and reopened a year is kept.
import { and, desc, eq } from 'drizzle-orm';
import { can } from '../authz/can';
import type { AppUser } from '../authz/actor';
import type { Db } from '../db';
import type { PeriodStepRow } from '../db/schema';
import { audit } from '../audit';
import {
	STEPS_WITH_COMMENT,
	REVIEW_STEPS,
	isPeriodStep,
	nextPeriodState,
	isPlanError,
	type PeriodState,
	type PeriodStep,
	type Localized
} from '../../plan';
import { Refusal } from '../../refusal';
import { publish } from './events';
import { readableSteps } from './readable-rows';
import { tellYearStep } from '../notifications/review-news';

export type PlanRef = { id: string; clusterId: string; title: Localized };

/** Characters of a step's comment (a reviewer's reason for returning or reopening a year). */
export const MAX_STEP_COMMENT = 2000;

/** A reporting year's state and the step that put it there. */
export type YearStatus = { year: number; state: PeriodState; last: PeriodStepRow };

/** The latest step of every year of the plan that has one; other years have no data. */
export async function yearStates(db: Db, planId: string): Promise<Map<number, YearStatus>> {
	const { periodSteps } = db.tables;
	const rows = readableSteps(
		await db.select().from(periodSteps).where(eq(periodSteps.planId, planId)).orderBy(periodSteps.id),
		planId
	);
	const states = new Map<number, YearStatus>();
	for (const row of rows)
		states.set(row.year, { year: row.year, state: row.state as PeriodState, last: row });
	return states;
}

/** A year's steps, newest first, for its history. */
export async function yearHistory(db: Db, planId: string, year: number): Promise<PeriodStepRow[]> {
	const { periodSteps } = db.tables;
	const rows = await db
		.select()
		.from(periodSteps)
		.where(and(eq(periodSteps.planId, planId), eq(periodSteps.year, year)))
		.orderBy(desc(periodSteps.id));
	return readableSteps(rows, planId);
}

/** The state of one year inside a transaction. */
export function stateOf(states: Map<number, YearStatus>, year: number): PeriodState {
	return states.get(year)?.state ?? 'no_data';
}

/** Writes a step's row (inside the caller's transaction); `record` steps come from recording values. */
export async function writeStep(
	db: Db,
	plan: PlanRef,
	user: AppUser,
	year: number,
	step: PeriodStep,
	state: PeriodState,
	comment: string,
	now: number
): Promise<void> {
	const { periodSteps } = db.tables;
	await db.insert(periodSteps).values({
		planId: plan.id,
		year,
		step,
		state,
		comment,
		userId: user.id,
		userName: user.displayName,
		at: new Date(now)
	});
}

/**
 * Takes an approval step on a plan's year: submit or withdraw (coordinators, facilitators), return,
 * approve or reopen (reviewers). Return and reopen need a comment. Logged in the audit log.
 */
export async function stepPeriod(
	db: Db,
	user: AppUser,
	plan: PlanRef,
	input: { year: unknown; step: unknown; comment?: unknown },
	now = Date.now()
): Promise<PeriodState> {
	const year = Number(input.year);
	if (!Number.isInteger(year) || year < 1900 || year > 2200)
		throw new Refusal(400, 'invalid_period', 'year must be a year');
	if (!isPeriodStep(input.step) || input.step === 'record')
		throw new Refusal(400, 'invalid_value', 'unknown step');
	const step = input.step;
	const action = REVIEW_STEPS.has(step) ? 'period.review' : 'period.submit';
	if (!can(user, action, { clusterId: plan.clusterId }))
		throw new Refusal(403, 'forbidden', `you may not ${step} a period`);
	const comment = typeof input.comment === 'string' ? input.comment.trim().slice(0, MAX_STEP_COMMENT) : '';
	if (STEPS_WITH_COMMENT.has(step) && comment === '')
		throw new Refusal(400, 'required', 'say why in a comment');
	const state = await db.transaction(async (tx) => {
		const from = stateOf(await yearStates(tx, plan.id), year);
		let next: PeriodState;
		try {
			next = nextPeriodState(from, step);
		} catch (error) {
			if (isPlanError(error)) throw new Refusal(409, error.code, error.message);
			throw error;
		}
		await writeStep(tx, plan, user, year, step, next, comment, now);
		await audit(
			tx,
			{
				userId: user.id,
				action: `period.${step}`,
				clusterId: plan.clusterId,
				target: `${plan.id}/${year}`,
				detail: { from, to: next, comment }
			},
			now
		);
		return next;
	});
	publish(plan.id, { kind: 'period', year, state });
	await tellYearStep(db, user, plan.id, year, step, state, comment, now);
	return state;
}
