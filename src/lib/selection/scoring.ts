// An evaluator's sheet on one application. First they say whether they have a conflict of
// interest with it: with one they are taken off it for good; without, they score every criterion
// with a comment and submit once. Until they have, they see no one else's scores, so each
// judgement is their own; the commission reads all of them in the ranking.
import { bool, fieldsOf, isBlankValue, nestedFieldsOf, text } from '../registry/fields';
import { moveApplication, type Application } from './application';
import type { Call } from './call';
import { wholeNumber } from './fields';
import { refuse, refuseEvaluator, refuseStep } from './refusals';

export const SCORING_BOUNDS = { comment: 2_000 } as const;

/** A score from 0 to the criterion's scale, and why. */
export type Score = { score: number; comment: string };

/** One evaluator's sheet on one application; it exists from their declaration on. */
export type Sheet = {
	applicationId: string;
	evaluatorId: string;
	/** True: they declared a conflict of interest and are off this application. */
	conflict: boolean;
	/** UTC ISO timestamp of the declaration. */
	declaredAt: string;
	/** By criterion id; empty until submitted, and always with a conflict. */
	scores: Record<string, Score>;
	/** UTC ISO timestamp of the submission; a submitted sheet is final. */
	submittedAt: string | null;
};

/** What a declaration or a sheet is judged against. */
export type ScoringContext = {
	call: Pick<Call, 'state' | 'criteria'>;
	application: Pick<Application, 'id' | 'state'>;
	/** The evaluators the application is assigned to (assignment.ts). */
	assigned: readonly string[];
	evaluatorId: string;
	/** The evaluator's sheet on this application, if they have declared. */
	sheet: Sheet | null;
};

// The states of an application the formal check has not let through (yet, or at all).
const UNCHECKED: readonly Application['state'][] = ['draft', 'submitted', 'rejected'];

// In this order, so each person hears the most telling reason: one who declared a conflict that
// they are off the application, before that it is not theirs; and that an application has not
// passed the formal check before that it is not theirs, since no one is assigned one before the
// check (assignment.ts takes only eligible applications): "not assigned" would hide why.
function mayAct(context: ScoringContext): void {
	const { call, application, assigned, evaluatorId, sheet } = context;
	if (sheet?.conflict) {
		throw refuseEvaluator('conflict_declared', 'you declared a conflict on this application');
	}
	if (UNCHECKED.includes(application.state)) {
		throw refuseStep('not_checked', 'only an application that passed the formal check is scored');
	}
	if (!assigned.includes(evaluatorId)) {
		throw refuseEvaluator('not_assigned', 'this application is not assigned to you');
	}
	if (call.state !== 'scoring') {
		throw refuseStep('call_not_scoring', `a call that is ${call.state} is not scored`);
	}
	if (sheet?.submittedAt) throw refuseStep('already_scored', 'your sheet is submitted: it is final');
	if (application.state !== 'eligible') {
		throw refuseStep('not_checked', 'only an application that passed the formal check is scored');
	}
}

/**
 * The evaluator's declaration `{conflict: true|false}` at `now` (milliseconds since the epoch). One
 * who declared none may still declare a conflict found later, before submitting; any other second
 * declaration is 409 `already_declared`. Refused as `scoreApplication` refuses a sheet otherwise.
 */
export function declareConflict(context: ScoringContext, body: unknown, now: number): Sheet {
	mayAct(context);
	const conflict = bool(fieldsOf(body, ['conflict']).conflict, 'conflict');
	if (context.sheet && !conflict) throw refuseStep('already_declared', 'you have declared already');
	return {
		applicationId: context.application.id,
		evaluatorId: context.evaluatorId,
		conflict,
		declaredAt: new Date(now).toISOString(),
		scores: {},
		submittedAt: null
	};
}

/**
 * The evaluator's sheet `{scores: {criterionId: {score, comment}}}` submitted at `now`: a whole
 * score from 0 to the scale and a comment for every criterion of the call. Refused with 403
 * `conflict_declared` after a declared conflict, 403 `not_assigned` for an application not theirs,
 * 409 `call_not_scoring`, 409 `already_scored` for a second sheet, 409 `not_checked` for an
 * application not eligible, 409 `not_declared` before the declaration, and 400 for a wrong body.
 */
export function scoreApplication(context: ScoringContext, body: unknown, now: number): Sheet {
	mayAct(context);
	const { sheet, call } = context;
	if (!sheet) throw refuseStep('not_declared', 'declare whether you have a conflict first');
	const given = scoresOf(fieldsOf(body, ['scores']).scores, call);
	const scores: Record<string, Score> = {};
	for (const criterion of call.criteria) {
		const field = `scores.${criterion.id}`;
		if (given[criterion.id] === undefined) {
			throw refuse('missing_score', field, `${criterion.id} has no score`);
		}
		const each = nestedFieldsOf(given[criterion.id], field, ['score', 'comment']);
		scores[criterion.id] = {
			score: wholeNumber(each.score, `${field}.score`, 0, criterion.scale),
			comment: text(each.comment, `${field}.comment`, SCORING_BOUNDS.comment, true)
		};
	}
	return { ...sheet, scores, submittedAt: new Date(now).toISOString() };
}

// The sheet's scores by criterion id, refusing one for a criterion the call does not have.
function scoresOf(value: unknown, call: Pick<Call, 'criteria'>): Record<string, unknown> {
	if (isBlankValue(value)) return {};
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw refuse('invalid_value', 'scores', 'scores must be an object of criterion ids');
	}
	for (const id of Object.keys(value)) {
		if (!call.criteria.some((criterion) => criterion.id === id)) {
			throw refuse('unknown_criterion', `scores.${id}`, `the call has no criterion ${id}`);
		}
	}
	return value as Record<string, unknown>;
}

/**
 * The sheets `viewer` may read, of any number of applications: their own always; the others'
 * submitted scores once their own sheet on that application is submitted; nothing of an
 * application they declared a conflict on, and nothing of anyone's unsubmitted sheet or conflict.
 */
export function visibleScores(sheets: readonly Sheet[], viewer: string): Sheet[] {
	const own = new Map<string, Sheet>();
	for (const sheet of sheets) if (sheet.evaluatorId === viewer) own.set(sheet.applicationId, sheet);
	return sheets.filter((sheet) => {
		if (sheet.evaluatorId === viewer) return true;
		const mine = own.get(sheet.applicationId);
		return mine !== undefined && !mine.conflict && mine.submittedAt !== null && isCounted(sheet);
	});
}

/** True for a sheet whose scores count: submitted and without a conflict. */
export function isCounted(sheet: Sheet): boolean {
	return !sheet.conflict && sheet.submittedAt !== null;
}

/**
 * True when all evaluators assigned to an application (`sheets` are that application's) are in: each has submitted a sheet or
 * declared a conflict, and at least one sheet counts.
 */
export function isScoringComplete(sheets: readonly Sheet[], assigned: readonly string[]): boolean {
	const done = (evaluatorId: string) =>
		sheets.some(
			(sheet) => sheet.evaluatorId === evaluatorId && (sheet.conflict || sheet.submittedAt !== null)
		);
	return (
		assigned.every(done) && sheets.some((sheet) => assigned.includes(sheet.evaluatorId) && isCounted(sheet))
	);
}

/** The application `scored` once all its evaluators are in (`isScoringComplete`); unchanged before. */
export function scoredIfComplete(
	application: Application,
	sheets: readonly Sheet[],
	assigned: readonly string[]
): Application {
	const own = sheets.filter((sheet) => sheet.applicationId === application.id);
	if (application.state !== 'eligible' || !isScoringComplete(own, assigned)) return application;
	return moveApplication(application, 'scored', 'scoring');
}
