// Submitting an application: what it must hold by then, and the call's window it must fall in. A
// draft may be anything half written (application.ts); a submission is what the formal check and
// the evaluators will read, so everything they need is asked for here, all gaps at once.
import { isBlank } from '../plan/localized';
import { Refusal } from '../refusal';
import { moveApplication, type Application, type ApplicationInput } from './application';
import { checkAcceptingApplications, type Call } from './call';
import { refuse, refuseStep, type SelectionInputCode } from './refusals';

/**
 * A submitted application lists at least two enterprises: one firm alone is not a cluster. A
 * larger floor, if a call wants one, is a formal requirement for the check to judge.
 */
export const MIN_ENTERPRISES = 2;

/** Something a submission needs that the application does not have yet. */
export type Gap = { field: string; code: SelectionInputCode; message: string };

/**
 * What the application lacks to be submitted to `call`: a name in one language, the region, the
 * sector and the proposed coordinator; at least `MIN_ENTERPRISES` enterprises, each with its BIN,
 * name and kind (employees may be unknown); a value chain of at least one stage, each firm on one;
 * a written answer to every criterion of the call and none to another. Attachments are for the
 * formal check to ask for. Every gap, in the order a form shows the fields.
 */
export function submissionGaps(application: ApplicationInput, call: Pick<Call, 'criteria'>): Gap[] {
	const gaps: Gap[] = [];
	const required = (field: string, missing: boolean) => {
		if (missing) gaps.push({ field, code: 'required', message: `${field} must not be empty` });
	};
	required('name', isBlank(application.name));
	required('region', application.region === '');
	required('sector', application.sector === '');
	if (application.enterprises.length < MIN_ENTERPRISES) {
		const message = `an application lists at least ${MIN_ENTERPRISES} enterprises`;
		gaps.push({ field: 'enterprises', code: 'too_few', message });
	}
	application.enterprises.forEach((enterprise, i) => {
		required(`enterprises.${i}.bin`, enterprise.bin === null);
		required(`enterprises.${i}.name`, enterprise.name === '');
		required(`enterprises.${i}.kind`, enterprise.kind === null);
	});
	if (application.valueChain.stages.length === 0) {
		const message = 'the value chain needs at least one stage';
		gaps.push({ field: 'valueChain.stages', code: 'too_few', message });
	}
	application.valueChain.stages.forEach((stage, i) =>
		required(`valueChain.stages.${i}.title`, stage.title === '')
	);
	application.valueChain.firms.forEach((firm, i) => {
		required(`valueChain.firms.${i}.name`, firm.name === '');
		required(`valueChain.firms.${i}.stageId`, firm.stageId === null);
	});
	required('coordinator', application.coordinator === '');
	for (const criterion of call.criteria)
		required(`answers.${criterion.id}`, !application.answers[criterion.id]);
	for (const id of Object.keys(application.answers)) {
		if (!call.criteria.some((criterion) => criterion.id === id)) {
			gaps.push({
				field: `answers.${id}`,
				code: 'unknown_criterion',
				message: `the call has no criterion ${id}`
			});
		}
	}
	return gaps;
}

/**
 * Refuses an application `call` would not take: a 400 `Refusal` with the first gap's code and
 * field, and every gap as a row, so a form can mark them all at once.
 */
export function checkSubmittable(application: ApplicationInput, call: Pick<Call, 'criteria'>): void {
	const gaps = submissionGaps(application, call);
	const first = gaps[0];
	if (!first) return;
	const rows = gaps.map((gap) => ({ row: 1, ...gap }));
	throw new Refusal(400, first.code, first.message, { field: first.field, rows });
}

/**
 * The application submitted at `now` (milliseconds since the epoch). Refused with 409
 * `already_submitted` when it is not a draft, 409 `call_not_open` outside the call's window, and
 * with `checkSubmittable`'s 400 when something is missing.
 */
export function submitApplication(application: Application, call: Call, now: number): Application {
	if (application.callId !== call.id) {
		throw refuse('invalid_value', 'callId', 'the application is to another call');
	}
	if (application.state !== 'draft') {
		throw refuseStep('already_submitted', 'the application is submitted already');
	}
	checkAcceptingApplications(call, now);
	checkSubmittable(application, call);
	return { ...moveApplication(application, 'submitted', 'submit'), submittedAt: new Date(now).toISOString() };
}
