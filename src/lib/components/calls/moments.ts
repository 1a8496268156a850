// A call's moments as its pages show them: on the programme's clock (Almaty), in the reader's
// language, so everyone reads the deadline the call announced.
import { dateFormat, type Moment } from '$lib/locale-format';
import { PROGRAMME_ZONE } from '$lib/selection/programme-time';

/** "8 июн. 2017 г., 18:00" for a stored moment; '—' for none. */
export function callMomentFormat(): (at: Moment | null) => string {
	const format = dateFormat({ dateStyle: 'medium', timeStyle: 'short', timeZone: PROGRAMME_ZONE });
	return (at) => (at === null ? '—' : format(at));
}

/** A call's window, from its opening to its deadline. */
export function callWindowFormat(): (call: { opensAt: string | null; closesAt: string | null }) => string {
	const format = callMomentFormat();
	return ({ opensAt, closesAt }) =>
		opensAt === null && closesAt === null ? '—' : `${format(opensAt)} – ${format(closesAt)}`;
}
