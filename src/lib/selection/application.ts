// An application to a call: the initiative a group of enterprises proposes as a cluster. It is a
// draft its authors may leave half written until they submit it (submission.ts); then the formal
// check, the evaluators and the commission move it, each by one step of one table.
import type { Localized } from '../plan/localized';
import {
	bin,
	fieldsOf,
	isBlankValue,
	localized,
	nestedFieldsOf,
	numberOrNull,
	refuse as refuseRegistry,
	text
} from '../registry/fields';
import { PARTICIPANT_BOUNDS, PARTICIPANT_KINDS, type ParticipantKind } from '../registry/participant';
import { list, requiredId, uniqueIds } from './fields';
import { refuse, refuseStep } from './refusals';

export const APPLICATION_BOUNDS = {
	name: 300,
	region: 120,
	sector: 200,
	coordinator: 500,
	answer: 10_000,
	answers: 100,
	enterprises: 500,
	stages: 30,
	firms: 500,
	attachments: 10,
	attachmentName: 255,
	/** 10 MB: a scanned charter or letter of intent, not a video. */
	attachmentBytes: 10 * 1024 * 1024
} as const;

/** An enterprise taking part; in a draft anything may still be blank (null or ''). */
export type Enterprise = {
	/** 12 digits without spaces, checked as the registry checks it. */
	bin: string | null;
	name: string;
	kind: ParticipantKind | null;
	employees: number | null;
};

/** The draft value chain: its stages in order, and the firms working in them. */
export type ValueChain = {
	stages: { id: string; title: string }[];
	firms: { name: string; stageId: string | null; bin: string | null }[];
};

/** What is known of an attached file; the file itself is stored elsewhere. */
export type Attachment = { name: string; size: number; type: 'application/pdf' };

export type ApplicationInput = {
	/** The initiative's name. */
	name: Localized;
	region: string;
	sector: string;
	enterprises: Enterprise[];
	valueChain: ValueChain;
	/** Who is proposed to coordinate the cluster, as the applicants describe them. */
	coordinator: string;
	/** The applicants' answer to each criterion of the call, by criterion id. */
	answers: Record<string, string>;
	attachments: Attachment[];
};

export const APPLICATION_STATES = [
	'draft',
	'submitted',
	'rejected',
	'eligible',
	'scored',
	'chosen',
	'reserve',
	'not_chosen'
] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

export type Application = ApplicationInput & {
	id: string;
	callId: string;
	state: ApplicationState;
	/** UTC ISO timestamp of the submission; null for a draft. Breaks ties in the ranking. */
	submittedAt: string | null;
};

const B = APPLICATION_BOUNDS;
const KEYS = [
	'name',
	'region',
	'sector',
	'enterprises',
	'valueChain',
	'coordinator',
	'answers',
	'attachments'
] as const;

/**
 * Checks the body of a draft: every field may be blank, but what is written must be right (a BIN
 * with its check digit, a kind of the registry's list, a firm on a stage of the chain, a PDF
 * within its size), since a slip caught in the draft is not found at the deadline. Throws a 400
 * `Refusal` naming the field.
 */
export function checkApplication(body: unknown): ApplicationInput {
	const fields = fieldsOf(body, KEYS);
	const name = localized(fields.name, 'name', B.name, false);
	const region = text(fields.region, 'region', B.region);
	const sector = text(fields.sector, 'sector', B.sector);
	const enterprises = list(fields.enterprises, 'enterprises', B.enterprises).map(checkEnterprise);
	enterprises.forEach((enterprise, i) => {
		const first = enterprises.findIndex((other) => other.bin === enterprise.bin);
		if (enterprise.bin !== null && first < i) {
			throw refuse('duplicate_bin', `enterprises.${i}.bin`, `${enterprise.bin} is listed twice`);
		}
	});
	const valueChain = checkValueChain(fields.valueChain);
	const coordinator = text(fields.coordinator, 'coordinator', B.coordinator);
	const answers = checkAnswers(fields.answers);
	const attachments = list(fields.attachments, 'attachments', B.attachments).map(checkAttachment);
	return { name, region, sector, enterprises, valueChain, coordinator, answers, attachments };
}

function checkEnterprise(value: unknown, index: number): Enterprise {
	const field = `enterprises.${index}`;
	const fields = nestedFieldsOf(value, field, ['bin', 'name', 'kind', 'employees']);
	const kind = fields.kind;
	if (!isBlankValue(kind) && !PARTICIPANT_KINDS.includes(kind as ParticipantKind)) {
		throw refuse('invalid_value', `${field}.kind`, `kind must be one of ${PARTICIPANT_KINDS.join(', ')}`);
	}
	return {
		bin: bin(fields.bin, `${field}.bin`, false),
		name: text(fields.name, `${field}.name`, PARTICIPANT_BOUNDS.name),
		kind: isBlankValue(kind) ? null : (kind as ParticipantKind),
		employees: numberOrNull(fields.employees, `${field}.employees`, 0, PARTICIPANT_BOUNDS.employees, true)
	};
}

function checkValueChain(value: unknown): ValueChain {
	const fields = nestedFieldsOf(value, 'valueChain', ['stages', 'firms']);
	const stages = list(fields.stages, 'valueChain.stages', B.stages).map((stage, i) => {
		const field = `valueChain.stages.${i}`;
		const each = nestedFieldsOf(stage, field, ['id', 'title']);
		return { id: requiredId(each.id, `${field}.id`), title: text(each.title, `${field}.title`, B.name) };
	});
	uniqueIds(
		stages.map((stage) => stage.id),
		(i) => `valueChain.stages.${i}.id`
	);
	const firms = list(fields.firms, 'valueChain.firms', B.firms).map((firm, i) => {
		const field = `valueChain.firms.${i}`;
		const each = nestedFieldsOf(firm, field, ['name', 'stageId', 'bin']);
		const stageId = isBlankValue(each.stageId) ? null : requiredId(each.stageId, `${field}.stageId`);
		if (stageId !== null && !stages.some((stage) => stage.id === stageId)) {
			throw refuse('unknown_stage', `${field}.stageId`, `the value chain has no stage ${stageId}`);
		}
		return {
			name: text(each.name, `${field}.name`, PARTICIPANT_BOUNDS.name),
			stageId,
			bin: bin(each.bin, `${field}.bin`, false)
		};
	});
	return { stages, firms };
}

// Keyed by criterion id, since the call's criteria may be reordered while applicants write; a
// blank answer is no answer, so it is left out rather than kept as ''.
function checkAnswers(value: unknown): Record<string, string> {
	if (isBlankValue(value)) return {};
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw refuse('invalid_value', 'answers', 'answers must be an object of criterion ids');
	}
	const entries = Object.entries(value);
	if (entries.length > B.answers) {
		throw refuse('too_many', 'answers', `answers has more than ${B.answers} keys`);
	}
	const answers: Record<string, string> = {};
	for (const [key, answer] of entries) {
		const id = requiredId(key, `answers.${key}`);
		const written = text(answer, `answers.${key}`, B.answer);
		if (written !== '') answers[id] = written;
	}
	return answers;
}

function checkAttachment(value: unknown, index: number): Attachment {
	const field = `attachments.${index}`;
	const fields = nestedFieldsOf(value, field, ['name', 'size', 'type']);
	const name = text(fields.name, `${field}.name`, B.attachmentName, true);
	if (fields.type !== 'application/pdf') throw refuse('not_pdf', `${field}.type`, 'attachments must be PDF');
	const size = fields.size;
	if (isBlankValue(size)) throw refuseRegistry('required', `${field}.size`, 'size must be given');
	if (typeof size !== 'number' || !Number.isInteger(size) || size < 1) {
		throw refuse('invalid_value', `${field}.size`, 'size must be a whole number of bytes above 0');
	}
	if (size > B.attachmentBytes) throw refuse('too_large', `${field}.size`, 'an attachment may have 10 MB');
	return { name, size, type: 'application/pdf' };
}

/** Who moves an application, and by which step of the selection. */
export type ApplicationMove = {
	by: 'applicant' | 'secretariat' | 'evaluators' | 'commission';
	step: ApplicationStep;
};
export type ApplicationStep = 'submit' | 'formal_check' | 'scoring' | 'decision';

const applicant: ApplicationMove = { by: 'applicant', step: 'submit' };
const formalCheck: ApplicationMove = { by: 'secretariat', step: 'formal_check' };
const scoring: ApplicationMove = { by: 'evaluators', step: 'scoring' };
const decision: ApplicationMove = { by: 'commission', step: 'decision' };

/**
 * The life of an application: state → the states it may move to, with who moves it. Submitting
 * takes the call's window and a complete application (`submitApplication`, submission.ts); the
 * formal check rejects or admits it (check.ts); the last sheet of its evaluators makes it scored
 * (scoring.ts); the commission decides. A reserve may yet be chosen: that is what a reserve is for, when a
 * chosen cluster withdraws.
 */
const APPLICATION_MOVES: Record<ApplicationState, Partial<Record<ApplicationState, ApplicationMove>>> = {
	draft: { submitted: applicant },
	submitted: { rejected: formalCheck, eligible: formalCheck },
	rejected: {},
	eligible: { scored: scoring },
	scored: { chosen: decision, reserve: decision, not_chosen: decision },
	chosen: {},
	reserve: { chosen: decision },
	not_chosen: {}
};

/** Who may move an application from `from` to `to`, or null when the table has no such move. */
export function applicationMove(from: ApplicationState, to: ApplicationState): ApplicationMove | null {
	return APPLICATION_MOVES[from][to] ?? null;
}

/**
 * The application in state `to` by `step`; a move the table does not have, or has for another
 * step, is refused with 409 `invalid_state`.
 */
export function moveApplication(
	application: Application,
	to: ApplicationState,
	step: ApplicationStep
): Application {
	if (applicationMove(application.state, to)?.step !== step) {
		const message = `${step} cannot make an application that is ${application.state} ${to}`;
		throw refuseStep('invalid_state', message, 'state');
	}
	return { ...application, state: to };
}

/**
 * The applications that keep a call from its decision: submitted but not formally checked, or
 * admitted but not scored by all their evaluators. Drafts never submitted do not count.
 */
export function applicationsAwaiting(applications: readonly Pick<Application, 'id' | 'state'>[]): string[] {
	return applications
		.filter((application) => application.state === 'submitted' || application.state === 'eligible')
		.map((application) => application.id);
}
