// Where each project's bar sits on the timeline: a scale of whole years around every dated
// project, and each bar's offset and width as percentages of it, so plain CSS can place them.
import type { Project } from '$lib/plan';

const DAY = 86_400_000;

/** The span the timeline draws: from 1 January of the first year to 1 January after the last. */
export type TimelineScale = { years: number[]; from: number; to: number };

/** A bar's place on the scale, in percent of its width. */
export type BarPlacement = { left: number; width: number };

/** Milliseconds of an ISO day at UTC midnight; NaN when it is not one. */
function dayOf(iso: string): number {
	return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? Date.parse(`${iso}T00:00:00Z`) : NaN;
}

/** True when a project has a start and an end the timeline can draw. */
export function isDated(project: Project): project is Project & { start: string; end: string } {
	return (
		project.start !== null &&
		project.end !== null &&
		!Number.isNaN(dayOf(project.start)) &&
		!Number.isNaN(dayOf(project.end))
	);
}

/** The projects with a bar, and those listed apart for want of a start or an end. */
export function splitDated(rows: readonly Project[]): { dated: Project[]; undated: Project[] } {
	const dated: Project[] = [];
	const undated: Project[] = [];
	for (const project of rows) (isDated(project) ? dated : undated).push(project);
	return { dated, undated };
}

/** The whole years every dated project falls in; null when none has both dates. */
export function timelineScale(rows: readonly Project[]): TimelineScale | null {
	let first = Infinity;
	let last = -Infinity;
	for (const project of rows) {
		if (!isDated(project)) continue;
		first = Math.min(first, Number(project.start.slice(0, 4)));
		last = Math.max(last, Number(project.end.slice(0, 4)));
	}
	if (first === Infinity) return null;
	const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
	return { years, from: Date.UTC(first, 0, 1), to: Date.UTC(last + 1, 0, 1) };
}

/** A bar from the start day to the end of the end day (a one-day project still has a width). */
export function barPlacement(scale: TimelineScale, start: string, end: string): BarPlacement {
	const span = scale.to - scale.from;
	const from = dayOf(start);
	const to = dayOf(end) + DAY;
	return { left: ((from - scale.from) / span) * 100, width: ((to - from) / span) * 100 };
}

/** Where a year begins on the scale, in percent. */
export function yearOffset(scale: TimelineScale, year: number): number {
	return ((Date.UTC(year, 0, 1) - scale.from) / (scale.to - scale.from)) * 100;
}
