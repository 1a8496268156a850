// A call for applications: the competition through which the programme chooses its clusters (in
// 2017: announced by the ministry, 21 applications, 3 rejected on the formal requirements, the rest
// scored under a published methodology, the six with the highest points chosen). It holds the
// rules, what the formal check asks (requirements) and what evaluators score (criteria), and the
// steps it goes through from a draft to a published decision.
import { isBlank, type Localized } from '../plan/localized';
import {
	fieldsOf,
	isBlankValue,
	localized,
	nestedFieldsOf,
	numberOrNull,
	refuse as refuseRegistry
} from '../registry/fields';
import { instant, list, requiredId, timestampOrNull, uniqueIds, wholeNumber } from './fields';
import { refuse, refuseStep, type SelectionStateCode } from './refusals';

export const CALL_BOUNDS = {
	title: 300,
	rules: 20_000,
	requirementText: 2_000,
	area: 200,
	criterionTitle: 300,
	/** What each score of a criterion means, in one text per language. */
	guide: 5_000,
	requirements: 50,
	criteria: 30,
	evaluators: 100,
	/** Weights are relative (see `passMark`), so a bound only keeps them sane. */
	weight: 1_000,
	/** The highest score a criterion may have: 5 and 10 are usual, 100 is generous. */
	scale: 100,
	seats: 100
} as const;

/** A formal requirement: an application that fails one is rejected before anyone scores it. */
export type Requirement = { id: string; text: Localized };

/** What evaluators score, each application from 0 to `scale` in whole points. */
export type Criterion = {
	id: string;
	/** The part of the methodology it belongs to ("potential of the cluster", "the coordinator"). */
	area: Localized;
	title: Localized;
	/** What each score means ("0: no export; 5: exports to three countries or more"). */
	guide: Localized;
	/** Relative: a criterion of weight 2 counts twice as much as one of weight 1. */
	weight: number;
	/** The highest score, a whole number (5 or 10). */
	scale: number;
};

/** What the ministry writes about a call; a draft may leave dates, pass mark and seats blank (null). */
export type CallInput = {
	title: Localized;
	rules: Localized;
	/** UTC ISO timestamps; applications are taken from opensAt up to, not at, closesAt. */
	opensAt: string | null;
	closesAt: string | null;
	requirements: Requirement[];
	criteria: Criterion[];
	/**
	 * The lowest total an application may have and still be chosen, on the scale every total is
	 * on: 0–100, where a criterion's mean score counts as mean ÷ scale and the criteria are weighted
	 * by weight ÷ the sum of the weights, so 100 is the highest score on every criterion whatever
	 * the scales and weights (see ranking.ts).
	 */
	passMark: number | null;
	/** How many clusters will be chosen. */
	seats: number | null;
	/** User ids of the evaluators' panel. */
	evaluators: string[];
};

export const CALL_STATES = ['draft', 'open', 'closed', 'scoring', 'decided', 'published'] as const;
export type CallState = (typeof CALL_STATES)[number];

export type Call = CallInput & { id: string; state: CallState };

const B = CALL_BOUNDS;
const KEYS = [
	'title',
	'rules',
	'opensAt',
	'closesAt',
	'requirements',
	'criteria',
	'passMark',
	'seats',
	'evaluators'
] as const;

/**
 * Checks the body of a call: a title in at least one language; when both dates are given, closing
 * after opening; requirements and criteria with unique ids and a text; weights above 0, scales whole;
 * a pass mark from 0 to 100; unique evaluators. What only opening needs (dates, criteria…) may be
 * blank in a draft: `moveCall` asks for it. Throws a 400 `Refusal` naming the field.
 */
export function checkCall(body: unknown): CallInput {
	const fields = fieldsOf(body, KEYS);
	// In the order of KEYS, so the same wrong body is always refused for the same field.
	const title = localized(fields.title, 'title', B.title, true);
	const rules = localized(fields.rules, 'rules', B.rules, false);
	const opensAt = timestampOrNull(fields.opensAt, 'opensAt');
	const closesAt = timestampOrNull(fields.closesAt, 'closesAt');
	// Stored in UTC, so they compare as text.
	if (opensAt !== null && closesAt !== null && closesAt <= opensAt) {
		throw refuse('date_order', 'closesAt', 'closesAt must come after opensAt');
	}
	const requirements = list(fields.requirements, 'requirements', B.requirements).map(checkRequirement);
	uniqueIds(
		requirements.map((requirement) => requirement.id),
		(i) => `requirements.${i}.id`
	);
	const criteria = list(fields.criteria, 'criteria', B.criteria).map(checkCriterion);
	uniqueIds(
		criteria.map((criterion) => criterion.id),
		(i) => `criteria.${i}.id`
	);
	const passMark = numberOrNull(fields.passMark, 'passMark', 0, 100, false);
	const seats = numberOrNull(fields.seats, 'seats', 1, B.seats, true);
	const evaluators = list(fields.evaluators, 'evaluators', B.evaluators).map((id, i) =>
		requiredId(id, `evaluators.${i}`)
	);
	uniqueIds(evaluators, (i) => `evaluators.${i}`);
	return { title, rules, opensAt, closesAt, requirements, criteria, passMark, seats, evaluators };
}

function checkRequirement(value: unknown, index: number): Requirement {
	const field = `requirements.${index}`;
	const fields = nestedFieldsOf(value, field, ['id', 'text']);
	return {
		id: requiredId(fields.id, `${field}.id`),
		text: localized(fields.text, `${field}.text`, B.requirementText, true)
	};
}

function checkCriterion(value: unknown, index: number): Criterion {
	const field = `criteria.${index}`;
	const fields = nestedFieldsOf(value, field, ['id', 'area', 'title', 'guide', 'weight', 'scale']);
	return {
		id: requiredId(fields.id, `${field}.id`),
		area: localized(fields.area, `${field}.area`, B.area, false),
		title: localized(fields.title, `${field}.title`, B.criterionTitle, true),
		guide: localized(fields.guide, `${field}.guide`, B.guide, false),
		weight: weight(fields.weight, `${field}.weight`),
		scale: wholeNumber(fields.scale, `${field}.scale`, 1, B.scale)
	};
}

// A weight of 0 would be a criterion that does not count: leave it out instead.
function weight(value: unknown, field: string): number {
	if (isBlankValue(value)) throw refuseRegistry('required', field, `${field} must be given`);
	if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > B.weight) {
		throw refuse('invalid_value', field, `${field} must be a number above 0 and at most ${B.weight}`);
	}
	return value;
}

/** What a move of a call needs but does not have: the field at fault and why. */
type Unmet = { code: SelectionStateCode; field: string; message: string };
type CallMove = (call: Call, now: number) => Unmet | null;

const incomplete = (field: string, message: string): Unmet => ({ code: 'call_incomplete', field, message });

// Opening publishes the rules: nothing an applicant reads may be missing then, and a call whose
// deadline has passed would take no application.
const readyToOpen: CallMove = (call, now) => {
	if (isBlank(call.rules)) {
		return incomplete('rules', 'the rules must be written before the call opens');
	}
	if (call.requirements.length === 0) return incomplete('requirements', 'a call needs a requirement');
	if (call.criteria.length === 0) return incomplete('criteria', 'a call needs a criterion');
	if (call.opensAt === null) return incomplete('opensAt', 'a call needs the moment it opens');
	if (call.closesAt === null) return incomplete('closesAt', 'a call needs its deadline');
	if (instant(call.closesAt) <= instant(call.opensAt)) {
		return incomplete('closesAt', 'closesAt must come after opensAt');
	}
	if (instant(call.closesAt) <= now) return incomplete('closesAt', 'the deadline has passed');
	if (call.passMark === null) return incomplete('passMark', 'a call needs a pass mark');
	if (call.seats === null) return incomplete('seats', 'a call needs the number of clusters it chooses');
	return null;
};

// Closing early would take hours from applicants who count on the published deadline.
const deadlinePassed: CallMove = (call, now) =>
	call.closesAt !== null && instant(call.closesAt) <= now
		? null
		: { code: 'not_yet_closed', field: 'closesAt', message: 'the call closes only at its deadline' };

const hasEvaluators: CallMove = (call) =>
	call.evaluators.length > 0 ? null : incomplete('evaluators', 'scoring needs evaluators');

const always: CallMove = () => null;

/**
 * The life of a call: state → the states it may move to, each with what the move needs. The call
 * alone is checked here; that every application has passed its formal check and been scored
 * before the decision is for `applicationsAwaiting` (application.ts).
 */
const CALL_MOVES: Record<CallState, Partial<Record<CallState, CallMove>>> = {
	draft: { open: readyToOpen },
	open: { closed: deadlinePassed },
	closed: { scoring: hasEvaluators },
	scoring: { decided: always },
	decided: { published: always },
	published: {}
};

/** True when `value` names a state of a call. */
export function isCallState(value: unknown): value is CallState {
	return (CALL_STATES as readonly unknown[]).includes(value);
}

/** The states a call in `state` may move to, whatever they need. */
export function callMoves(state: CallState): CallState[] {
	return CALL_STATES.filter((to) => CALL_MOVES[state][to] !== undefined);
}

/**
 * The call in state `to` at `now` (milliseconds since the epoch). A move the table does not have is
 * refused with 409 `invalid_state`; a move whose needs are not met with 409 `call_incomplete` (or
 * `not_yet_closed`) naming the field.
 */
export function moveCall(call: Call, to: unknown, now: number): Call {
	if (!isCallState(to)) {
		throw refuse('invalid_value', 'state', `state must be one of ${CALL_STATES.join(', ')}`);
	}
	const move = CALL_MOVES[call.state][to];
	if (!move) throw refuseStep('invalid_state', `a call that is ${call.state} cannot become ${to}`, 'state');
	const unmet = move(call, now);
	if (unmet) throw refuseStep(unmet.code, unmet.message, unmet.field);
	return { ...call, state: to };
}

/** True when an application may be submitted at `now`: the call is open and opensAt ≤ now < closesAt. */
export function isAcceptingApplications(call: Call, now: number): boolean {
	return (
		call.state === 'open' &&
		call.opensAt !== null &&
		call.closesAt !== null &&
		instant(call.opensAt) <= now &&
		now < instant(call.closesAt)
	);
}

/** Refuses a submission at `now` with 409 `call_not_open` unless the call accepts applications then. */
export function checkAcceptingApplications(call: Call, now: number): void {
	if (!isAcceptingApplications(call, now)) {
		throw refuseStep('call_not_open', 'the call does not accept applications now');
	}
}
