// Names a workshop gives its columns and steps by default (the SWOT columns, the first agenda step,
// a new column): stored as a key beside the title, so each reader sees them in their own language.
// A name the facilitator typed has no key and stays as typed. The words themselves are messages
// of the app (messages/*.json), not part of the plan: `$lib/workshop-names` turns a key into them.
import { PlanError } from '../errors';

export const DEFAULT_NAMES = [
	'swot.strengths',
	'swot.weaknesses',
	'swot.opportunities',
	'swot.threats',
	'agenda.brainstorm',
	'column.ideas'
] as const;
export type DefaultName = (typeof DEFAULT_NAMES)[number];

/** A column or agenda step as stored: the title as the facilitator saw it, and the default it is, if any. */
export type Named = { title: string; defaultName: DefaultName | null };

export function isDefaultName(value: unknown): value is DefaultName {
	return typeof value === 'string' && (DEFAULT_NAMES as readonly string[]).includes(value);
}

/** A default name from a request: absent or null is none; anything else must be one of `DEFAULT_NAMES`. */
export function checkDefaultName(value: unknown, field: string): DefaultName | null {
	if (value === undefined || value === null) return null;
	if (!isDefaultName(value))
		throw new PlanError('invalid_value', field, `${field} must be one of ${DEFAULT_NAMES.join(', ')}`);
	return value;
}

/** What a stored column or step holds as its default name; anything else read from the document is none. */
export function storedDefaultName(value: unknown): DefaultName | null {
	return isDefaultName(value) ? value : null;
}
