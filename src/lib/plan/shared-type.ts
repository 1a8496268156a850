// Yjs's shared types read below their public API, where the door needs it: the list content a map
// should never hold, a type's place in the document, and whether a transaction created it. These
// fields (`_item`, `_map`, `_start`) are part of Yjs's published typings and stable across 13.x.
import * as Y from 'yjs';

/** What the functions below read of any shared type, whatever its events. */
type SharedType = {
	_item: Y.Item | null;
	_map: Map<string, Y.Item>;
	_start: Y.Item | null;
	doc: Y.Doc | null;
};

/** True when a type holds list content that is not deleted (no map of the layout ever does). */
export function holdsList(shared: object): boolean {
	const type = shared as SharedType;
	for (let item = type._start; item !== null; item = item.right) if (!item.deleted) return true;
	return false;
}

/** True when a type holds anything: map entries or list content. */
export function holdsAnything(shared: object): boolean {
	const type = shared as SharedType;
	for (const item of type._map.values()) if (!item.deleted) return true;
	return holdsList(type);
}

/** Deletes a type's list content; call inside a transaction on its document. */
export function clearList(shared: object): void {
	const type = shared as SharedType;
	const transaction = type.doc?._transaction;
	if (!transaction) return;
	for (let item = type._start; item !== null; item = item.right) if (!item.deleted) item.delete(transaction);
}

/** Deletes everything a type holds, map entries and list content; call inside a transaction. */
export function clearAll(shared: object): void {
	const type = shared as SharedType;
	const transaction = type.doc?._transaction;
	if (!transaction) return;
	for (const item of type._map.values()) if (!item.deleted) item.delete(transaction);
	clearList(type);
}

/** The keys from the document's root down to `type` (root name first), or null when it hangs on nothing. */
export function pathOf(shared: object): (string | null)[] | null {
	const keys: (string | null)[] = [];
	let current = shared as SharedType;
	while (current._item !== null) {
		keys.push(current._item.parentSub);
		const parent = current._item.parent;
		if (!(parent instanceof Y.AbstractType)) return null;
		current = parent as unknown as SharedType;
	}
	return [
		Y.findRootTypeKey(current as unknown as Y.AbstractType<Y.YEvent<Y.Map<unknown>>>),
		...keys.reverse()
	];
}

/** True when the shared type `value` was created by transaction `tr`. */
export function isNewIn(tr: Y.Transaction, shared: object): boolean {
	const item = (shared as SharedType)._item;
	return item !== null && item.id.clock >= (tr.beforeState.get(item.id.client) ?? 0);
}
