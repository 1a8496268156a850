// The call form's own logic, apart from its components: what the form starts with for a new call or
// a draft being changed, the ids of the rows added, and what it sends (the API's body, with what was
// typed left for the server to check and refuse at its field).
import { emptyLocalized, type Localized } from '../plan/localized';
import type { CallInput } from './call';
import { localInputOf, momentOfLocalInput, PROGRAMME_ZONE } from './programme-time';

export type RequirementRow = { id: string; text: Localized };
/** A criterion as typed: its numbers are the inputs' text until sent. */
export type CriterionRow = {
	id: string;
	area: Localized;
	title: Localized;
	guide: Localized;
	weight: string;
	scale: string;
};

/** What the form holds: texts as typed, moments as datetime-local values on the programme's clock. */
export type CallDraft = {
	title: Localized;
	rules: Localized;
	opensAt: string;
	closesAt: string;
	requirements: RequirementRow[];
	criteria: CriterionRow[];
	passMark: string;
	seats: string;
	evaluators: string[];
};

/** What the form sends: the API's fields, a number that is none sent as typed. */
export type CallBody = Omit<CallInput, 'passMark' | 'seats' | 'criteria'> & {
	criteria: (Omit<CriterionRow, 'weight' | 'scale'> & { weight: Typed; scale: Typed })[];
	passMark: Typed;
	seats: Typed;
};
type Typed = number | string | null;

/** A new criterion's weight and scale: the 2017 methodology scored every criterion from 0 to 5. */
export const NEW_CRITERION = { weight: '1', scale: '5' } as const;

const copy = (value: Localized): Localized => ({ ...value });
const numberText = (value: number | null) => (value === null ? '' : String(value));

/** The form's start: the call's own fields, or an empty call. */
export function draftOf(call: CallInput | null, zone: string = PROGRAMME_ZONE): CallDraft {
	if (!call) {
		return {
			title: emptyLocalized(),
			rules: emptyLocalized(),
			opensAt: '',
			closesAt: '',
			requirements: [],
			criteria: [],
			passMark: '',
			seats: '',
			evaluators: []
		};
	}
	return {
		title: copy(call.title),
		rules: copy(call.rules),
		opensAt: localInputOf(call.opensAt, zone),
		closesAt: localInputOf(call.closesAt, zone),
		requirements: call.requirements.map((each) => ({ id: each.id, text: copy(each.text) })),
		criteria: call.criteria.map((each) => ({
			id: each.id,
			area: copy(each.area),
			title: copy(each.title),
			guide: copy(each.guide),
			weight: String(each.weight),
			scale: String(each.scale)
		})),
		passMark: numberText(call.passMark),
		seats: numberText(call.seats),
		evaluators: [...call.evaluators]
	};
}

/** A number when the text is one, null when blank, else the text (the server refuses it). */
export function numberOrTyped(typed: string): Typed {
	const trimmed = typed.trim();
	if (trimmed === '') return null;
	const number = Number(trimmed.replace(',', '.'));
	return Number.isFinite(number) ? number : trimmed;
}

/** The body of POST /api/calls and of PATCH /api/calls/<id> for a draft. */
export function callBody(draft: CallDraft, zone: string = PROGRAMME_ZONE): CallBody {
	return {
		title: copy(draft.title),
		rules: copy(draft.rules),
		opensAt: momentOfLocalInput(draft.opensAt, zone),
		closesAt: momentOfLocalInput(draft.closesAt, zone),
		requirements: draft.requirements.map((row) => ({ id: row.id, text: copy(row.text) })),
		criteria: draft.criteria.map((row) => ({
			id: row.id,
			area: copy(row.area),
			title: copy(row.title),
			guide: copy(row.guide),
			weight: numberOrTyped(row.weight),
			scale: numberOrTyped(row.scale)
		})),
		passMark: numberOrTyped(draft.passMark),
		seats: numberOrTyped(draft.seats),
		evaluators: [...draft.evaluators]
	};
}

/**
 * An id for a new row that no row has had since the form opened: `prefix` and the number after the
 * highest taken (`r3` after `r1`, `r2`), so an id removed and added again is not reused in one go.
 */
export function nextRowId(prefix: string, taken: readonly { id: string }[]): string {
	const pattern = new RegExp(`^${prefix}(\\d+)$`);
	const highest = taken.reduce((most, { id }) => {
		const match = pattern.exec(id);
		return match ? Math.max(most, Number(match[1])) : most;
	}, 0);
	return `${prefix}${highest + 1}`;
}

export function newRequirement(taken: readonly { id: string }[]): RequirementRow {
	return { id: nextRowId('r', taken), text: emptyLocalized() };
}

export function newCriterion(taken: readonly { id: string }[]): CriterionRow {
	return {
		id: nextRowId('c', taken),
		area: emptyLocalized(),
		title: emptyLocalized(),
		guide: emptyLocalized(),
		...NEW_CRITERION
	};
}

/**
 * The place in the form that shows a refusal of `field`: the field itself when the form has a place
 * for it, else the nearest of its parents that has (`criteria.2.title.ru` → `criteria.2.title`).
 * Null when none has: the form says it below.
 */
export function placeOf(field: string | null | undefined, places: ReadonlySet<string>): string | null {
	let path = field ?? '';
	while (path !== '') {
		if (places.has(path)) return path;
		const dot = path.lastIndexOf('.');
		path = dot < 0 ? '' : path.slice(0, dot);
	}
	return null;
}
