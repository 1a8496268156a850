// The reporting calendar: when a plan's yearly report is due, where each year stands against its
// day, and which reminder is due. Days are Almaty calendar days (UTC+5, no daylight saving), written
// `YYYY-MM-DD`, so "due on 20 February" means the same day to the server and to the people.

/** A calendar day, `YYYY-MM-DD`. */
export type Day = string;

/** Almaty keeps UTC+5 all year. */
export const ALMATY_OFFSET_MS = 5 * 60 * 60 * 1000;

/** By default the report of year Y is due on this day of Y+1 (month, day). */
export const DEFAULT_DUE = { month: 2, day: 20 } as const;

/** Days before the due day when those who report are reminded, farthest first. */
export const REMINDER_DAYS = [14, 3] as const;
export type ReminderDays = (typeof REMINDER_DAYS)[number];

export const DEADLINE_STATES = ['later', 'soon', 'due_today', 'overdue', 'done'] as const;
/** Where a year's report stands against its due day. */
export type DeadlineState = (typeof DEADLINE_STATES)[number];

const DAY = 24 * 60 * 60 * 1000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written `YYYY-MM-DD` (not 2025-02-30). */
export function isDay(value: unknown): value is Day {
	if (typeof value !== 'string') return false;
	const match = DAY_PATTERN.exec(value);
	if (!match) return false;
	const [, y, m, d] = match.map(Number) as [number, number, number, number];
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const utcOf = (day: Day) => Date.parse(`${day}T00:00:00Z`);
const dayAtUtc = (time: number): Day => new Date(time).toISOString().slice(0, 10);

/** The Almaty day of a moment (milliseconds since the epoch). */
export function dayOf(now: number): Day {
	return dayAtUtc(now + ALMATY_OFFSET_MS);
}

/** The day `days` after `day` (before, when negative). */
export function addDays(day: Day, days: number): Day {
	return dayAtUtc(utcOf(day) + days * DAY);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: Day, to: Day): number {
	return Math.round((utcOf(to) - utcOf(from)) / DAY);
}

/** The year's due day: the plan's own when it set one, else 20 February of the next year. */
export function deadlineOf(year: number, override?: Day | null): Day {
	if (override) return override;
	const month = String(DEFAULT_DUE.month).padStart(2, '0');
	const day = String(DEFAULT_DUE.day).padStart(2, '0');
	return `${String(year + 1).padStart(4, '0')}-${month}-${day}`;
}

/**
 * Where a year stands on `today`: done once its report is submitted or approved; else soon from
 * the first reminder on, due today on the day, overdue from the day after.
 */
export function deadlineState(dueOn: Day, done: boolean, today: Day): DeadlineState {
	if (done) return 'done';
	const left = daysBetween(today, dueOn);
	if (left < 0) return 'overdue';
	if (left === 0) return 'due_today';
	return left <= REMINDER_DAYS[0] ? 'soon' : 'later';
}

/** A reminder to send: `days` before the due day, or that the day has passed. */
export type Reminder = { kind: 'soon'; days: ReminderDays } | { kind: 'passed' };

/**
 * The one reminder whose moment has come last by `today`, or null: a reminder missed while the
 * server was down is not sent late once a nearer one is due (3 days before replaces 14 days before).
 */
export function reminderOf(dueOn: Day, done: boolean, today: Day): Reminder | null {
	if (done) return null;
	const left = daysBetween(today, dueOn);
	if (left < 0) return { kind: 'passed' };
	const due = REMINDER_DAYS.filter((days) => left <= days);
	const nearest = due.at(-1);
	return nearest === undefined ? null : { kind: 'soon', days: nearest };
}

/** A year of a plan's calendar as the reminders read it. */
export type YearDeadline = { year: number; dueOn: Day; done: boolean };

/** Each open year's reminder due by `today`, with its year, in the order given. */
export function remindersDue(
	years: readonly YearDeadline[],
	today: Day
): (YearDeadline & { reminder: Reminder })[] {
	return years.flatMap((year) => {
		const reminder = reminderOf(year.dueOn, year.done, today);
		return reminder ? [{ ...year, reminder }] : [];
	});
}

/** The years a plan spans, from what it holds; null for a plan that names no year yet. */
export type PlanSpan = { first: number; last: number } | null;

/**
 * The span of a plan's years from its indicators' span (`planYears`), its projects' start and end
 * days and the years it recorded values or took steps in.
 */
export function planSpan(
	indicatorSpan: PlanSpan,
	projectDays: readonly (Day | null)[],
	years: readonly number[]
): PlanSpan {
	const all = [...years];
	if (indicatorSpan) all.push(indicatorSpan.first, indicatorSpan.last);
	for (const day of projectDays) if (day && isDay(day)) all.push(Number(day.slice(0, 4)));
	if (!all.length) return null;
	return { first: Math.min(...all), last: Math.max(...all) };
}

/**
 * The years a plan reports on by `currentYear`, oldest first: its span up to this year (this year
 * included, its report due next year), and any later year whose day the plan has set already.
 */
export function reportingYears(
	span: PlanSpan,
	currentYear: number,
	alsoYears: readonly number[] = []
): number[] {
	const years = new Set<number>();
	if (span) for (let year = span.first; year <= Math.min(span.last, currentYear); year++) years.add(year);
	for (const year of alsoYears) if (mayHaveDeadline(span, year)) years.add(year);
	return [...years].toSorted((a, b) => a - b);
}

/** Whether a plan may set a due day for `year`: a year of its span. */
export function mayHaveDeadline(span: PlanSpan, year: number): boolean {
	return span !== null && Number.isInteger(year) && year >= span.first && year <= span.last;
}
