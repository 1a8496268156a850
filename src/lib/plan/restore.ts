// Restoring a version: the live document is made equal to the version's, field by field, as one
// ordinary change. Everyone connected receives it like any edit, the update log keeps what came
// before, and only what differs is written, so an untouched item's concurrent edit stays intact.
import * as Y from 'yjs';
import { COLLECTIONS, items, metaMap, strategyMap } from './layout';
import { clearList } from './shared-type';

// Comments are the conversation about the plan, not its content: those written since the version
// stay (on a removed item they show as orphaned, as after any remove).
const RESTORED = COLLECTIONS.filter((collection) => collection !== 'comments');

function restoredRoots(doc: Y.Doc): Y.Map<unknown>[] {
	return [metaMap(doc), strategyMap(doc), ...RESTORED.map((name) => items(doc, name) as Y.Map<unknown>)];
}

/**
 * Makes `live`'s plan content equal `past`'s in one transaction (comments excepted); both must use
 * this code's layout.
 */
export function restorePlan(live: Y.Doc, past: Y.Doc): void {
	const from = restoredRoots(past);
	const to = restoredRoots(live);
	live.transact(() => {
		from.forEach((root, index) => syncMap(to[index]!, root));
	}, 'restore');
}

/**
 * Makes `target` equal `source` (of another document), writing only what differs. List content that
 * a map should not hold (a foreign client's write into it) is removed.
 */
export function syncMap(target: Y.Map<unknown>, source: Y.Map<unknown>): void {
	clearList(target);
	for (const key of [...target.keys()]) if (!source.has(key)) target.delete(key);
	for (const key of source.keys()) syncKey(target, source, key);
}

/** Makes `target[key]` what `source[key]` is: equal, or removed when `source` lacks it. */
export function syncKey(target: Y.Map<unknown>, source: Y.Map<unknown>, key: string): void {
	const was = source.get(key);
	const now = target.get(key);
	if (was === undefined) {
		if (target.has(key)) target.delete(key);
	} else if (was instanceof Y.Map && now instanceof Y.Map) syncMap(now, was);
	else if (!equal(now, was)) target.set(key, copy(was));
}

// Shared types are compared by their JSON (a rich text by its XML), plain values by their JSON.
function equal(a: unknown, b: unknown): boolean {
	if (a instanceof Y.AbstractType || b instanceof Y.AbstractType) {
		if (!(a instanceof Y.AbstractType && b instanceof Y.AbstractType)) return false;
		if (a.constructor !== b.constructor) return false;
		return JSON.stringify(a.toJSON()) === JSON.stringify(b.toJSON());
	}
	return JSON.stringify(a) === JSON.stringify(b);
}

// A shared type belongs to one document: the live one gets a fresh copy.
function copy(value: unknown): unknown {
	if (value instanceof Y.AbstractType)
		return (value as Y.AbstractType<unknown> & { clone(): unknown }).clone();
	return value;
}
