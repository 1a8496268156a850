// The moments of a call (when it opens, its deadline) as the programme's people read and type them:
// on Almaty's clock, whatever the browser's zone, so a deadline reads the same in Aktobe, in Astana
// and on a consultant's laptop abroad. The zone's own rules are used, not a fixed offset: the 2017
// call ran on UTC+6, and Kazakhstan has kept one zone, UTC+5, since March 2024.

/** The zone every page shows a call's moments in, and reads typed moments in. */
export const PROGRAMME_ZONE = 'Asia/Almaty';

/** A datetime-local input's value: minutes, no seconds, no zone. */
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const wallClocks = new Map<string, Intl.DateTimeFormat>();

/** The calendar fields of the instant `at` on the clocks of `zone`, counted as if they were UTC. */
function wallClock(at: number, zone: string): number {
	let format = wallClocks.get(zone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-US', {
			timeZone: zone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric'
		});
		wallClocks.set(zone, format);
	}
	const parts = Object.fromEntries(format.formatToParts(at).map((part) => [part.type, Number(part.value)]));
	return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour! % 24, parts.minute!, parts.second!);
}

/** Minutes `zone` is ahead of UTC at the instant `at` (300 for UTC+5). */
export function zoneOffset(at: number, zone: string = PROGRAMME_ZONE): number {
	const whole = Math.floor(at / 1000) * 1000;
	return Math.round((wallClock(whole, zone) - whole) / 60_000);
}

/** '+05:00' for 300 minutes. */
function offsetText(minutes: number): string {
	const sign = minutes < 0 ? '-' : '+';
	const abs = Math.abs(minutes);
	return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * What a datetime-local input shows for a stored moment: '2017-06-08T18:00' for
 * '2017-06-08T12:00:00.000Z' in Almaty (then UTC+6); '' for none.
 */
export function localInputOf(moment: string | null, zone: string = PROGRAMME_ZONE): string {
	if (moment === null) return '';
	const at = Date.parse(moment);
	if (Number.isNaN(at)) return '';
	const wall = new Date(wallClock(at, zone));
	return (
		`${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}` +
		`T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`
	);
}

/**
 * The moment a datetime-local value means on the clocks of `zone`, written with that zone's offset
 * then ('2017-06-08T18:00' → '2017-06-08T18:00:00+06:00'), as the API takes it. Blank is null;
 * anything else that is no such value is sent as typed, for the server to refuse at its field.
 */
export function momentOfLocalInput(value: string, zone: string = PROGRAMME_ZONE): string | null {
	const typed = value.trim();
	if (typed === '') return null;
	const match = LOCAL.exec(typed);
	if (!match) return typed;
	const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
		number,
		number,
		number,
		number,
		number
	];
	const wall = Date.UTC(year, month - 1, day, hour, minute);
	// The offset at the wall time read as UTC is off only near a change of the zone's offset; the
	// offset at the instant that guess gives is then the one in force.
	const guess = zoneOffset(wall, zone);
	const offset = zoneOffset(wall - guess * 60_000, zone);
	return `${typed}:00${offsetText(offset)}`;
}
