// The cluster organisation's profile (the legal entity that runs the cluster, once there is one) and
// where the cluster stands in the programme, with the check on what a form or the API sends for it.
import type { Localized } from '../plan/localized';
import {
	bin,
	bool,
	date,
	fieldsOf,
	idOrNull,
	localized,
	nestedFieldsOf,
	numberOrNull,
	oneOf,
	refuse,
	text
} from './fields';

/** The programme's steps for a cluster, in order. */
export const PROGRAMME_STAGES = [
	'selected',
	'diagnosis',
	'value_chain',
	'plan_drafted',
	'plan_approved',
	'implementing'
] as const;
export type ProgrammeStage = (typeof PROGRAMME_STAGES)[number];

/** Where the organisation's money comes from, in percent; the rest is not accounted for. */
export type Funding = { fees: number; public: number; other: number };

export type ClusterProfile = {
	/** False while the cluster has no organisation of its own: its fields may then be empty. */
	hasOrganisation: boolean;
	/** YYYY-MM-DD the organisation was founded. */
	since: string | null;
	legalForm: string;
	name: Localized;
	bin: string | null;
	/** The person who coordinates the cluster organisation. */
	coordinator: string;
	/** The user id of the programme's coordinator who looks after the cluster. */
	programmeCoordinatorId: string | null;
	/** Full-time equivalents of the organisation's staff. */
	staffFte: number | null;
	/** '' or an http(s) address. */
	website: string;
	funding: Funding;
	/** YYYY-MM-DD the cluster's strategy was adopted. */
	strategyDate: string | null;
	stage: ProgrammeStage;
};

export const PROFILE_BOUNDS = {
	legalForm: 120,
	name: 300,
	coordinator: 300,
	programmeCoordinatorId: 100,
	staffFte: 10_000,
	website: 500
} as const;

/**
 * The profile of a cluster nobody has described yet. Frozen: it is shared by every request on the
 * server, so a change to it would show in every cluster's profile.
 */
export const EMPTY_PROFILE: ClusterProfile = Object.freeze({
	hasOrganisation: false,
	since: null,
	legalForm: '',
	name: Object.freeze({ ru: '', kk: '', en: '' }),
	bin: null,
	coordinator: '',
	programmeCoordinatorId: null,
	staffFte: null,
	website: '',
	funding: Object.freeze({ fees: 0, public: 0, other: 0 }),
	strategyDate: null,
	stage: 'selected'
});

const KEYS = Object.keys(EMPTY_PROFILE) as (keyof ClusterProfile)[];
const FUNDING_KEYS = ['fees', 'public', 'other'] as const;
const B = PROFILE_BOUNDS;

/**
 * Checks a whole profile (a PUT): `hasOrganisation` and `stage` are required, a field left out is
 * empty (null, '', 0 shares), a key the profile does not have is refused. With an organisation its
 * name is required in at least one language. Throws a 400 `Refusal` naming the field.
 */
export function checkProfile(body: unknown): ClusterProfile {
	const fields = fieldsOf(body, KEYS);
	const hasOrganisation = bool(fields.hasOrganisation, 'hasOrganisation');
	return {
		hasOrganisation,
		since: date(fields.since, 'since', false),
		legalForm: text(fields.legalForm, 'legalForm', B.legalForm),
		name: localized(fields.name, 'name', B.name, hasOrganisation),
		bin: bin(fields.bin, 'bin', false),
		coordinator: text(fields.coordinator, 'coordinator', B.coordinator),
		programmeCoordinatorId: idOrNull(
			fields.programmeCoordinatorId,
			'programmeCoordinatorId',
			B.programmeCoordinatorId
		),
		staffFte: numberOrNull(fields.staffFte, 'staffFte', 0, B.staffFte, false),
		website: website(fields.website),
		funding: funding(fields.funding),
		strategyDate: date(fields.strategyDate, 'strategyDate', false),
		stage: oneOf(fields.stage, PROGRAMME_STAGES, 'stage')
	};
}

function website(value: unknown): string {
	const address = text(value, 'website', B.website);
	if (address === '') return '';
	const url = parsedUrl(address);
	if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') {
		throw refuse('invalid_value', 'website', 'website must be an http or https address');
	}
	return address;
}

// Not URL.parse: Node 20 and older browsers do not have it.
function parsedUrl(address: string): URL | null {
	try {
		return new URL(address);
	} catch {
		return null;
	}
}

function funding(value: unknown): Funding {
	const fields = nestedFieldsOf(value, 'funding', FUNDING_KEYS);
	const share = (key: keyof Funding) => numberOrNull(fields[key], `funding.${key}`, 0, 100, false) ?? 0;
	const checked: Funding = { fees: share('fees'), public: share('public'), other: share('other') };
	// Shares such as 33.3 + 33.3 + 33.4 add up to a hair over 100 in floating point.
	if (checked.fees + checked.public + checked.other > 100 + 1e-9) {
		throw refuse('invalid_value', 'funding', 'funding shares add up to more than 100 percent');
	}
	return checked;
}
