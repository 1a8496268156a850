// The participants page's own logic, apart from its components: who the list shows on a day, what a
// new participant's form starts with, and what the form sends (all of it for a new participant,
// only what changed for an existing one).
import type { Localized } from '../plan/localized';
import { normalBin } from './bin';
import { isParticipantOn } from './counts';
import type { Participant } from './participant';

type Dated = { joinedAt: string; leftAt: string | null };

/**
 * The participants on `asOf`, in the order given; with `withLeft`, also those who had left by then.
 * Whoever joined after `asOf` is never shown: on that day they were not in the cluster yet.
 */
export function shownParticipants<P extends Dated>(list: readonly P[], asOf: string, withLeft: boolean): P[] {
	return list.filter(
		(participant) =>
			isParticipantOn(participant, asOf) ||
			(withLeft && participant.joinedAt <= asOf && participant.leftAt !== null)
	);
}

/** The region most participants are in (the first such, on a tie), else `fallback`. */
export function usualRegion(list: readonly { region: string }[], fallback: string): string {
	const counted = new Map<string, number>();
	let best = '';
	for (const { region } of list) {
		if (region.trim() === '') continue;
		const count = (counted.get(region) ?? 0) + 1;
		counted.set(region, count);
		if (count > (counted.get(best) ?? 0)) best = region;
	}
	return best || fallback;
}

/** What the participant form sends: the API's input, with what was typed left for the server to check. */
export type ParticipantBody = {
	bin: string;
	name: Localized;
	kind: string;
	/** A number, null when blank, or the text typed when it is no number (the server refuses it). */
	employees: number | string | null;
	region: string;
	locality: string;
	stageId: string | null;
	joinedAt: string;
	contact: string;
	inOrganisation: boolean;
};

const said = (form: FormData, key: string) => {
	const value = form.get(key);
	return typeof value === 'string' ? value : '';
};

function numberOrText(typed: string): number | string | null {
	const trimmed = typed.trim();
	if (trimmed === '') return null;
	const number = Number(trimmed);
	return Number.isFinite(number) ? number : trimmed;
}

/** The body of the participant form: inputs named as the API's fields (`name.ru`, `bin`, …). */
export function participantBody(form: FormData): ParticipantBody {
	return {
		bin: said(form, 'bin'),
		name: { ru: said(form, 'name.ru'), kk: said(form, 'name.kk'), en: said(form, 'name.en') },
		kind: said(form, 'kind'),
		employees: numberOrText(said(form, 'employees')),
		region: said(form, 'region'),
		locality: said(form, 'locality'),
		stageId: said(form, 'stageId') || null,
		joinedAt: said(form, 'joinedAt'),
		contact: said(form, 'contact'),
		inOrganisation: form.get('inOrganisation') !== null
	};
}

const same = (a: string, b: string) => a.trim() === b.trim();

/**
 * The fields of `body` that differ from `before`, as a PATCH sends them: text compared as the server
 * keeps it (trimmed, a BIN without spaces); a changed name is sent whole, as the API replaces it.
 */
export function participantChange(before: Participant, body: ParticipantBody): Partial<ParticipantBody> {
	const change: Partial<ParticipantBody> = {};
	if (normalBin(body.bin) !== before.bin) change.bin = body.bin;
	if ((['ru', 'kk', 'en'] as const).some((lang) => !same(body.name[lang], before.name[lang])))
		change.name = body.name;
	if (body.kind !== before.kind) change.kind = body.kind;
	if (body.employees !== before.employees) change.employees = body.employees;
	if (!same(body.region, before.region)) change.region = body.region;
	if (!same(body.locality, before.locality)) change.locality = body.locality;
	if (body.stageId !== before.stageId) change.stageId = body.stageId;
	if (body.joinedAt !== before.joinedAt) change.joinedAt = body.joinedAt;
	if (!same(body.contact, before.contact)) change.contact = body.contact;
	if (body.inOrganisation !== before.inOrganisation) change.inOrganisation = body.inOrganisation;
	return change;
}
