// The day a registry page counts on: the `asOf` of its address when that is a real date, else today.
// Today is reckoned as the registry's server reckons a default day (participants.ts, programme.ts).
import { isDate } from './dates';

/** Today as YYYY-MM-DD (UTC, like the day the server writes when none is given). */
export function today(now = Date.now()): string {
	return new Date(now).toISOString().slice(0, 10);
}

/** `asked` when it is a date YYYY-MM-DD, otherwise `fallback`: a mistyped address shows today. */
export function asOfDay(asked: string | null | undefined, fallback: string = today()): string {
	return isDate(asked) ? asked : fallback;
}
