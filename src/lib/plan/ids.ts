// Stable item ids. Items are keyed by id (never by array position) so that concurrent edits
// and moves address the same item on every peer.
import type * as Y from 'yjs';
import { PlanError } from './errors';
import { collectionOf, planId } from './layout';

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** A new random id; `crypto.randomUUID` exists in browsers and Node 20 alike. */
export function newId(): string {
	return crypto.randomUUID();
}

/** True when `id` has the shape of an id (a short token, safe in URLs and as a map key). */
export function isId(id: unknown): id is string {
	return typeof id === 'string' && ID_PATTERN.test(id);
}

/** Returns `id` unchanged or throws `invalid_id` naming `field`. */
export function checkId(id: unknown, field = 'id'): string {
	if (!isId(id)) throw new PlanError('invalid_id', field, `${field} is not a valid id`);
	return id;
}

/**
 * The id for a new item: the caller's (demo plans, tests, imports keep theirs) after checking no
 * item of any collection uses it, else a new random one. Ids are unique across collections so a
 * comment's anchor or a link names exactly one item.
 */
export function freshId(doc: Y.Doc, id: string | undefined): string {
	if (id === undefined) return newId();
	checkId(id);
	if (collectionOf(doc, id) !== undefined || id === planId(doc)) {
		throw new PlanError('duplicate_id', 'id', `id ${id} is already used`);
	}
	return id;
}
