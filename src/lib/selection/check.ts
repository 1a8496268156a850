// The formal check: before anyone scores an application, the secretariat holds it against each
// formal requirement of the call (in 2017 three applications of 21 failed here). A verdict is
// given on every requirement, so none is skipped by oversight, and a failed one says why: the
// applicants read the reason.
import { bool, fieldsOf, nestedFieldsOf, refuse as refuseRegistry, text } from '../registry/fields';
import { moveApplication, type Application } from './application';
import { CALL_BOUNDS, type Call } from './call';
import { list, requiredId } from './fields';
import { refuse, refuseStep } from './refusals';

export const CHECK_BOUNDS = { reason: 2_000 } as const;

/** The verdict on one requirement; `reason` is '' for one that is met and nothing was noted. */
export type RequirementVerdict = { id: string; met: boolean; reason: string };

/** The verdicts on every requirement of the call, in the call's order. */
export type FormalCheck = { requirements: RequirementVerdict[] };

/** What the check decides: rejected with the reasons of each failed requirement, or eligible. */
export type FormalCheckResult =
	{ state: 'rejected'; reasons: { id: string; reason: string }[] } | { state: 'eligible'; reasons: [] };

/**
 * Checks the body of a formal check against the call's requirements: each exactly once (one left
 * out is `missing_requirement`, one twice `duplicate_id`, one the call does not have
 * `unknown_requirement`), `met` true or false, and a reason for each that is not met. Throws a 400
 * `Refusal` naming the field.
 */
export function checkFormalCheck(body: unknown, call: Pick<Call, 'requirements'>): FormalCheck {
	const fields = fieldsOf(body, ['requirements']);
	const given = list(fields.requirements, 'requirements', CALL_BOUNDS.requirements);
	const verdicts = new Map<string, RequirementVerdict>();
	given.forEach((value, i) => {
		const field = `requirements.${i}`;
		const each = nestedFieldsOf(value, field, ['id', 'met', 'reason']);
		const id = requiredId(each.id, `${field}.id`);
		if (!call.requirements.some((requirement) => requirement.id === id)) {
			throw refuse('unknown_requirement', `${field}.id`, `the call has no requirement ${id}`);
		}
		if (verdicts.has(id)) throw refuse('duplicate_id', `${field}.id`, `${id} is judged twice`);
		const met = bool(each.met, `${field}.met`);
		const reason = text(each.reason, `${field}.reason`, CHECK_BOUNDS.reason);
		if (!met && reason === '') {
			throw refuseRegistry('required', `${field}.reason`, 'a requirement not met needs a reason');
		}
		verdicts.set(id, { id, met, reason });
	});
	const missing = call.requirements.find((requirement) => !verdicts.has(requirement.id));
	if (missing) {
		throw refuse('missing_requirement', 'requirements', `requirement ${missing.id} has no verdict`);
	}
	return { requirements: call.requirements.map((requirement) => verdicts.get(requirement.id)!) };
}

/** Rejected when any requirement is not met, with each failed one's reason; eligible otherwise. */
export function formalCheckResult(check: FormalCheck): FormalCheckResult {
	const failed = check.requirements.filter((verdict) => !verdict.met);
	if (failed.length === 0) return { state: 'eligible', reasons: [] };
	return { state: 'rejected', reasons: failed.map(({ id, reason }) => ({ id, reason })) };
}

/**
 * The formal check of a submitted application: the checked verdicts, what they decide, and the
 * application moved to `rejected` or `eligible`. Refused with 409 `call_not_closed` while the call
 * still takes applications (or once it is decided), 409 `invalid_state` for an application that
 * is not `submitted` (checked already, or a draft), and 400 for a wrong body.
 */
export function applyFormalCheck(
	application: Application,
	call: Call,
	body: unknown
): { application: Application; check: FormalCheck; result: FormalCheckResult } {
	if (application.callId !== call.id) {
		throw refuse('invalid_value', 'callId', 'the application is to another call');
	}
	// Checked after the deadline only: an application may still change before it.
	if (call.state !== 'closed' && call.state !== 'scoring') {
		throw refuseStep('call_not_closed', `a call that is ${call.state} has no formal check`);
	}
	if (application.state !== 'submitted') {
		throw refuseStep('invalid_state', `an application that is ${application.state} is not checked`, 'state');
	}
	const check = checkFormalCheck(body, call);
	const result = formalCheckResult(check);
	return { application: moveApplication(application, result.state, 'formal_check'), check, result };
}
