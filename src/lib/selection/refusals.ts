// Why the competitive selection of clusters says no. Every refusal here is a `Refusal` as the rest
// of Clusterplan throws it (status, code, field), so the doors answer it the same way and
// `$lib/refusal-text` words it: 400 for a body that is wrong, 403 for a person who may not act on
// this application, 409 for a step the state of a call, an application or a sheet does not allow.
import { Refusal } from '../refusal';
import type { RegistryRefusalCode } from '../registry/fields';

/** A wrong body (400): the registry's codes, and the selection's own. */
export type SelectionInputCode =
	| RegistryRefusalCode
	| 'duplicate_id' // two requirements, criteria, stages or evaluators with one id
	| 'duplicate_bin' // one enterprise listed twice in an application
	| 'too_many' // a list past its bound
	| 'too_few' // fewer enterprises, stages or evaluators than needed
	| 'invalid_timestamp' // not an ISO timestamp with a zone (2017-06-01T09:00:00+06:00)
	| 'date_order' // a call closing before it opens
	| 'not_pdf' // an attachment of any type but application/pdf
	| 'too_large' // an attachment past its size bound
	| 'unknown_stage' // a firm of the value chain on a stage the chain does not have
	| 'unknown_criterion' // an answer or a score for a criterion the call does not have
	| 'unknown_requirement' // a verdict on a requirement the call does not have
	| 'missing_requirement' // a formal check that leaves out a requirement of the call
	| 'missing_score'; // a sheet without a score for a criterion of the call

/** A step the state does not allow (409). */
export type SelectionStateCode =
	| 'invalid_state' // a move the transition table does not have
	| 'call_incomplete' // a move of a call whose requirements are not met yet (the field names which)
	| 'not_yet_closed' // closing a call before its closesAt
	| 'call_not_open' // submitting outside the call's window
	| 'call_not_closed' // a formal check while applications can still come
	| 'call_not_scoring' // a sheet while the call is not being scored
	| 'already_submitted' // a second submission of an application
	| 'not_checked' // scoring an application that has not passed the formal check
	| 'not_declared' // scores before the evaluator has said whether they have a conflict
	| 'already_declared' // a second declaration that is not a late conflict
	| 'already_scored' // a second sheet: a submitted sheet is final
	| 'not_scored'; // a decision on an application no one has scored yet

/** A person who may not act on this application (403). */
export type SelectionForbiddenCode =
	| 'not_assigned' // an evaluator scoring an application not given to them
	| 'conflict_declared'; // an evaluator who declared a conflict of interest on it

/** A refusal of one field of a body (400). */
export function refuse(code: SelectionInputCode, field: string, message: string): Refusal {
	return new Refusal(400, code, message, { field });
}

/** A refusal of a step the state does not allow (409); `field` names what is missing when it helps. */
export function refuseStep(code: SelectionStateCode, message: string, field?: string): Refusal {
	return new Refusal(409, code, message, { field: field ?? null });
}

/** A refusal of the person (403). */
export function refuseEvaluator(code: SelectionForbiddenCode, message: string): Refusal {
	return new Refusal(403, code, message);
}
