// What the profile form sends: the whole profile, as PUT takes it, read from inputs named as the
// profile's fields (`name.ru`, `funding.fees`, …). What was typed is left for the server to check.
import type { ClusterProfile } from './profile';

/** A number, null when blank, or the text typed when it is no number (for the server to refuse). */
type Typed = number | string | null;

/** The profile as the form sends it: its numbers as typed, its step as chosen. */
export type ProfileBody = Omit<ClusterProfile, 'staffFte' | 'funding' | 'stage'> & {
	staffFte: Typed;
	funding: { fees: Typed; public: Typed; other: Typed };
	stage: string;
};

const said = (form: FormData, key: string) => {
	const value = form.get(key);
	return typeof value === 'string' ? value : '';
};

const orNull = (typed: string) => (typed.trim() === '' ? null : typed);

function numberOrText(typed: string): Typed {
	const trimmed = typed.trim();
	if (trimmed === '') return null;
	const number = Number(trimmed);
	return Number.isFinite(number) ? number : trimmed;
}

/** The body of the profile form. */
export function profileBody(form: FormData): ProfileBody {
	return {
		hasOrganisation: form.get('hasOrganisation') !== null,
		since: orNull(said(form, 'since')),
		legalForm: said(form, 'legalForm'),
		name: { ru: said(form, 'name.ru'), kk: said(form, 'name.kk'), en: said(form, 'name.en') },
		bin: orNull(said(form, 'bin')),
		coordinator: said(form, 'coordinator'),
		programmeCoordinatorId: orNull(said(form, 'programmeCoordinatorId')),
		staffFte: numberOrText(said(form, 'staffFte')),
		website: said(form, 'website'),
		funding: {
			fees: numberOrText(said(form, 'funding.fees')),
			public: numberOrText(said(form, 'funding.public')),
			other: numberOrText(said(form, 'funding.other'))
		},
		strategyDate: orNull(said(form, 'strategyDate')),
		stage: said(form, 'stage')
	};
}
