// Where each part of a plan lives in its Yjs document. Every collection is a root `Y.Map` keyed by
// item id and every item is its own `Y.Map`, so two people editing different fields of one item, or
// different items, merge without loss. Root types (not maps nested in a root) are used because two
// peers that initialise the same plan concurrently would otherwise each create a nested map and one
// of them would silently win.
import * as Y from 'yjs';
import { PlanError } from './errors';

/** Layout version written by `initPlan` and reached by `migrate`. */
export const SCHEMA_VERSION = 3;

/** The item collections of a plan, one root `Y.Map` each. */
export const COLLECTIONS = [
	'stages',
	'nodes',
	'edges',
	'actors',
	'lines',
	'objectives',
	'actions',
	'projects',
	'funding',
	'indicators',
	'comments'
] as const;
/** The name of one item collection. */
export type Collection = (typeof COLLECTIONS)[number];

/** One item: a map of field name to value (string, number, boolean, null, JSON object or nested Y.Map). */
export type Item = Y.Map<unknown>;

/** `meta`: id, title and schemaVersion of the plan. */
export function metaMap(doc: Y.Doc): Y.Map<unknown> {
	return doc.getMap<unknown>('meta');
}

/** `strategy`: vision and mission texts; lines, objectives and actions are their own collections. */
export function strategyMap(doc: Y.Doc): Y.Map<unknown> {
	return doc.getMap<unknown>('strategy');
}

/** The root map holding one collection's items by id. */
export function items(doc: Y.Doc, collection: Collection): Y.Map<Item> {
	return doc.getMap<Item>(collection);
}

/**
 * Every root type of a plan, for `new Y.UndoManager(planRoots(doc))`: one undo step then reverts a
 * whole operation (a remove with its cascade included), and only the local user's operations, since
 * remote updates arrive with the provider as origin.
 */
export function planRoots(doc: Y.Doc): Y.Map<unknown>[] {
	return [
		metaMap(doc),
		strategyMap(doc),
		...COLLECTIONS.map((collection) => items(doc, collection) as Y.Map<unknown>)
	];
}

/** A new item map holding `fields`; undefined fields are left out. */
export function makeItem(fields: Record<string, unknown>): Item {
	const item = new Y.Map<unknown>();
	for (const [key, value] of Object.entries(fields)) if (value !== undefined) item.set(key, value);
	return item;
}

/** `fields` without its undefined entries, so that spreading it over defaults keeps the defaults. */
export function defined<T extends Record<string, unknown>>(fields: T): Partial<T> {
	return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** A nested `Y.Map` used as a set of ids (partners, linked objectives): concurrent adds merge. */
export function makeIdSet(ids: Iterable<string>): Y.Map<true> {
	const set = new Y.Map<true>();
	for (const id of ids) set.set(id, true);
	return set;
}

/** Replaces the ids of an id-set field by adding and deleting keys, so concurrent additions merge. */
export function replaceSet(item: Item, key: string, ids: readonly string[]): void {
	let set = item.get(key);
	if (!(set instanceof Y.Map)) item.set(key, (set = new Y.Map()));
	const target = set as Y.Map<true>;
	for (const id of [...target.keys()]) if (!ids.includes(id)) target.delete(id);
	for (const id of ids) if (!target.has(id)) target.set(id, true);
}

/** A list of ids of existing items of `collection`, without repeats; a `dangling_link` error otherwise. */
export function checkIds(doc: Y.Doc, ids: unknown, collection: Collection, field: string): string[] {
	if (!Array.isArray(ids)) throw new PlanError('invalid_value', field, `${field} must be a list of ids`);
	for (const id of ids) {
		if (typeof id !== 'string' || !items(doc, collection).has(id)) {
			throw new PlanError('dangling_link', field, `no ${collection} item ${String(id)}`);
		}
	}
	return [...new Set(ids as string[])];
}

/** The item `id` of `collection`, or a `not_found` PlanError naming `field`. */
export function getItem(doc: Y.Doc, collection: Collection, id: string, field = 'id'): Item {
	const item = typeof id === 'string' ? items(doc, collection).get(id) : undefined;
	if (!(item instanceof Y.Map))
		throw new PlanError('not_found', field, `no ${collection} item ${String(id)}`);
	return item;
}

/** The collection holding `id`, if any. */
export function collectionOf(doc: Y.Doc, id: string): Collection | undefined {
	return COLLECTIONS.find((collection) => items(doc, collection).has(id));
}

/** The plan's own id (comments may hang on the plan itself). */
export function planId(doc: Y.Doc): string {
	const id = metaMap(doc).get('id');
	return typeof id === 'string' ? id : '';
}

/**
 * Runs `change` in one transaction after checking the document has this code's layout. Operations
 * validate all their input before calling this, so a refused operation never writes half its change.
 */
export function write(doc: Y.Doc, change: () => void): void {
	if (metaMap(doc).get('schemaVersion') !== SCHEMA_VERSION) {
		throw new PlanError('schema_version', 'schemaVersion', 'initialise or migrate the plan first');
	}
	doc.transact(change);
}
