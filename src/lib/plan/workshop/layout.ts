// Where workshops live in the plan document: one root map `workshops`, id → workshop map, each
// with nested maps of entries by id. Only the server writes here (the socket door refuses any
// client update that touches this root), so entries are plain JSON values replaced whole: there is
// one writer and nothing to merge.
import * as Y from 'yjs';
import { PlanError } from '../errors';

export const WORKSHOPS_ROOT = 'workshops';

/** The nested maps of a workshop, each id → entry. */
export const WORKSHOP_PARTS = [
	'agenda',
	'columns',
	'groups',
	'notes',
	'votes',
	'attendees',
	'decisions'
] as const;
export type WorkshopPart = (typeof WORKSHOP_PARTS)[number];

export function workshopsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
	return doc.getMap<Y.Map<unknown>>(WORKSHOPS_ROOT);
}

export function getWorkshop(doc: Y.Doc, id: unknown): Y.Map<unknown> {
	const workshop = typeof id === 'string' ? workshopsMap(doc).get(id) : undefined;
	if (!workshop) throw new PlanError('not_found', 'workshopId', `no workshop ${String(id)}`);
	return workshop;
}

export function part<T = unknown>(workshop: Y.Map<unknown>, name: WorkshopPart): Y.Map<T> {
	return workshop.get(name) as Y.Map<T>;
}

/** The running workshop's map, or null. At most one runs per plan. */
export function runningWorkshopMap(doc: Y.Doc): Y.Map<unknown> | null {
	for (const workshop of workshopsMap(doc).values()) if (workshop.get('state') === 'running') return workshop;
	return null;
}

/** The running workshop's map, or `workshop_ended` when none runs. */
export function requireRunning(doc: Y.Doc): Y.Map<unknown> {
	const workshop = runningWorkshopMap(doc);
	if (!workshop) throw new PlanError('workshop_ended', 'workshopId', 'no workshop is running');
	return workshop;
}

/** A new map for a vote: its ballots and names change one voter at a time. */
export function makeMap(fields: Record<string, unknown>): Y.Map<unknown> {
	const map = new Y.Map<unknown>();
	for (const [key, value] of Object.entries(fields)) map.set(key, value);
	return map;
}
