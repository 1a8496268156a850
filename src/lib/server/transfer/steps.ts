// The approval history in a cluster file: each reporting year's steps and each version's review
// steps must be a sequence the live endpoints could have written, step by step from the first state
// (no data, draft), with the comments those endpoints require and bound. A state no step leads to
// would otherwise reach the pages that offer the next steps.
import {
	PERIOD_STATES,
	PERIOD_STEPS,
	STEPS_WITH_COMMENT,
	VERSION_STATES,
	VERSION_STEPS,
	VERSION_STEPS_WITH_COMMENT,
	nextPeriodState,
	nextVersionState,
	type PeriodState,
	type PeriodStep,
	type VersionState,
	type VersionStep
} from '../../plan';
import { MAX_STEP_COMMENT } from '../indicators/periods';
import { MAX_NOTE_LENGTH } from '../versions/store';
import type { Fields } from './fields';
import { badFile } from './problem';

/** One step as the import writes it. */
export type ReadStep = {
	step: string;
	state: string;
	comment: string;
	user: string | null;
	userName: string;
	at: Date;
};

function stepOf<Step extends string, State extends string>(
	row: Fields,
	rules: { steps: readonly Step[]; states: readonly State[]; maxComment: number }
): ReadStep & { step: Step; state: State } {
	return {
		step: row.choice('step', rules.steps),
		state: row.choice('state', rules.states),
		comment: row.text('comment', { max: rules.maxComment }),
		user: row.user('user'),
		userName: row.text('userName', { max: 200 }),
		at: row.time('at')
	};
}

/** Refuses a step its state does not allow, or one whose recorded state is not where it leads. */
function follows<State extends string>(row: Fields, next: () => State, to: State): void {
	let expected: State;
	try {
		expected = next();
	} catch (error) {
		throw badFile('illegal_step', row.where('step'), (error as Error).message);
	}
	if (to !== expected)
		throw badFile('illegal_step', row.where('state'), `must be ${expected} after this step`);
}

function needsComment(row: Fields, step: { comment: string }, required: boolean): void {
	if (required && step.comment.trim() === '')
		throw badFile('invalid_field', row.where('comment'), 'this step needs a comment saying why');
}

/** A plan's reporting-year steps, each year's in order from no data. */
export function periodStepsOf(rows: Fields[]): (ReadStep & { year: number })[] {
	const states = new Map<number, PeriodState>();
	return rows.map((row) => {
		const year = row.integer('year');
		if (year < 1900 || year > 2200) throw badFile('invalid_field', row.where('year'), 'must be a year');
		const step = stepOf<PeriodStep, PeriodState>(row, {
			steps: PERIOD_STEPS,
			states: PERIOD_STATES,
			maxComment: MAX_STEP_COMMENT
		});
		const from = states.get(year) ?? 'no_data';
		follows(row, () => nextPeriodState(from, step.step), step.state);
		needsComment(row, step, STEPS_WITH_COMMENT.has(step.step));
		states.set(year, step.state);
		return { year, ...step };
	});
}

/** A version's review steps, in order from draft. */
export function versionStepsOf(rows: Fields[]): ReadStep[] {
	let state: VersionState = 'draft';
	return rows.map((row) => {
		const step = stepOf<VersionStep, VersionState>(row, {
			steps: VERSION_STEPS,
			states: VERSION_STATES,
			maxComment: MAX_NOTE_LENGTH
		});
		const from = state;
		follows(row, () => nextVersionState(from, step.step), step.state);
		needsComment(row, step, VERSION_STEPS_WITH_COMMENT.has(step.step));
		state = step.state;
		return step;
	});
}
