// Structural sharing between two snapshots: the parts of `next` equal to `previous` are replaced by
// the previous objects, so a page that draws the plan sees the same object for every item that did
// not change and redraws only what did. One typed character in a 500-project plan then touches one
// row, not all of them.

function sameArray(previous: unknown[], next: unknown[]): unknown[] {
	// Items with ids are matched by id (a moved or inserted item must not shift the others).
	const byId = new Map<unknown, unknown>();
	for (const item of previous) {
		if (item && typeof item === 'object' && 'id' in item) byId.set((item as { id: unknown }).id, item);
	}
	let changed = previous.length !== next.length;
	const out = next.map((item, index) => {
		const match =
			item && typeof item === 'object' && 'id' in item
				? byId.get((item as { id: unknown }).id)
				: previous[index];
		const shared = share(match, item);
		if (shared !== previous[index]) changed = true;
		return shared;
	});
	return changed ? out : previous;
}

/** `next`, with every part equal to the same part of `previous` taken from `previous`. */
export function share<T>(previous: unknown, next: T): T {
	if (previous === next) return next;
	if (Array.isArray(next)) return (Array.isArray(previous) ? sameArray(previous, next) : next) as T;
	if (
		!next ||
		typeof next !== 'object' ||
		!previous ||
		typeof previous !== 'object' ||
		Array.isArray(previous)
	) {
		return next;
	}
	const before = previous as Record<string, unknown>;
	const after = next as Record<string, unknown>;
	const keys = Object.keys(after);
	let changed = keys.length !== Object.keys(before).length;
	const out: Record<string, unknown> = {};
	for (const key of keys) {
		out[key] = share(before[key], after[key]);
		if (out[key] !== before[key]) changed = true;
	}
	return (changed ? out : previous) as T;
}
