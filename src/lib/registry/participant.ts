// A participant of a cluster (a firm, a university, a bank…) as the registry holds it, and the
// checks on what a form, the API or an import sends to add one or change one.
import type { Localized } from '../plan/localized';
import { bin, bool, date, fieldsOf, idOrNull, localized, numberOrNull, oneOf, text } from './fields';

export { isDate } from './dates';

/** What kind of organisation a participant is, as the programme's reports group them. */
export const PARTICIPANT_KINDS = [
	'sme',
	'large',
	'research',
	'public',
	'association',
	'finance',
	'other'
] as const;
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];

/** What a person enters about a participant. */
export type ParticipantInput = {
	/** 12 digits, stored without spaces. */
	bin: string;
	name: Localized;
	kind: ParticipantKind;
	/** null: not known. */
	employees: number | null;
	region: string;
	/** '' when not given. */
	locality: string;
	/** The value-chain stage of the cluster's map the participant works in, if any. */
	stageId: string | null;
	/** YYYY-MM-DD. */
	joinedAt: string;
	/** '' when not given. */
	contact: string;
	/** Whether the participant is a member of the cluster organisation, not only of the cluster. */
	inOrganisation: boolean;
};

/** A participant as stored: `leftAt` is set when it leaves, so counts on earlier dates still hold it. */
export type Participant = ParticipantInput & { id: string; clusterId: string; leftAt: string | null };

export const PARTICIPANT_BOUNDS = {
	name: 300,
	region: 120,
	locality: 120,
	contact: 300,
	stageId: 100,
	employees: 1_000_000
} as const;

type Checks = { [K in keyof ParticipantInput]: (value: unknown) => ParticipantInput[K] };

const B = PARTICIPANT_BOUNDS;
const checks: Checks = {
	bin: (value) => bin(value, 'bin', true),
	name: (value) => localized(value, 'name', B.name, true),
	kind: (value) => oneOf(value, PARTICIPANT_KINDS, 'kind'),
	employees: (value) => numberOrNull(value, 'employees', 0, B.employees, true),
	region: (value) => text(value, 'region', B.region, true),
	locality: (value) => text(value, 'locality', B.locality),
	stageId: (value) => idOrNull(value, 'stageId', B.stageId),
	joinedAt: (value) => date(value, 'joinedAt', true),
	contact: (value) => text(value, 'contact', B.contact),
	inOrganisation: (value) => bool(value, 'inOrganisation')
};

// The order fields are checked in, so the same wrong body is always refused for the same field.
const KEYS = Object.keys(checks) as (keyof ParticipantInput)[];

/**
 * Checks the body of a new participant: every field is required but `employees`, `locality`,
 * `contact` and `stageId` (blank gives null or ''); a key the input does not have is refused.
 * Throws a 400 `Refusal` naming the field.
 */
export function checkParticipant(body: unknown): ParticipantInput {
	const fields = fieldsOf(body, KEYS);
	return {
		bin: checks.bin(fields.bin),
		name: checks.name(fields.name),
		kind: checks.kind(fields.kind),
		employees: checks.employees(fields.employees),
		region: checks.region(fields.region),
		locality: checks.locality(fields.locality),
		stageId: checks.stageId(fields.stageId),
		joinedAt: checks.joinedAt(fields.joinedAt),
		contact: checks.contact(fields.contact),
		inOrganisation: checks.inOrganisation(fields.inOrganisation)
	};
}

/**
 * Checks a change to a participant: only the keys present (and not undefined), each as on creation,
 * so `null` for a required field is refused. A `name` replaces the whole name: languages it leaves
 * out become ''. Throws a 400 `Refusal` naming the field.
 */
export function checkParticipantChange(body: unknown): Partial<ParticipantInput> {
	const fields = fieldsOf(body, KEYS);
	const change: Partial<ParticipantInput> = {};
	for (const key of KEYS) if (fields[key] !== undefined) setChecked(change, key, fields[key]);
	return change;
}

function setChecked<K extends keyof ParticipantInput>(
	change: Partial<ParticipantInput>,
	key: K,
	value: unknown
): void {
	change[key] = checks[key](value);
}
