// The id of the one funding line a project's whole budget becomes. Derived from the project's id so
// that two peers migrating the same old plan write the same line, and so that a version saved before
// funding lines reads with the line id its migrated plan holds: their diff then shows no change.
import type * as Y from 'yjs';
import { collectionOf } from './layout';
import { newId } from './ids';

/** `f-<projectId>`, cut to the longest id allowed. */
export function wholeLineId(projectId: string): string {
	return `f-${projectId}`.slice(0, 64);
}

/** The derived id, or a random one when another item already holds it. */
export function fundingLineIdFor(doc: Y.Doc, projectId: string): string {
	const id = wholeLineId(projectId);
	return collectionOf(doc, id) === undefined ? id : newId();
}

/** The year of an ISO date, or null: the years a whole budget's line gets from its project's period. */
export const yearOf = (date: unknown): number | null =>
	typeof date === 'string' && /^\d{4}-/.test(date) ? Number(date.slice(0, 4)) : null;
