// Defensive readers for item fields. A peer running other code could have written anything, so the
// snapshot reads each field with a fallback instead of trusting its type.
import * as Y from 'yjs';
import type { Item } from './layout';

/** A string field, '' when missing. */
export function text(item: Item, key: string): string {
	const value = item.get(key);
	return typeof value === 'string' ? value : '';
}

/** A string field, null when missing or empty. */
export function textOrNull(item: Item, key: string): string | null {
	const value = item.get(key);
	return typeof value === 'string' && value !== '' ? value : null;
}

/** A finite number field, `fallback` otherwise. */
export function num(item: Item, key: string, fallback = 0): number {
	const value = item.get(key);
	return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** A finite number field, null otherwise. */
export function numOrNull(item: Item, key: string): number | null {
	const value = item.get(key);
	return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** A boolean field, false otherwise. */
export function flag(item: Item, key: string): boolean {
	return item.get(key) === true;
}

/** A field restricted to `allowed`, `fallback` otherwise. */
export function pick<T extends string>(item: Item, key: string, allowed: readonly T[], fallback: T): T {
	const value = item.get(key);
	return allowed.includes(value as T) ? (value as T) : fallback;
}

/** The keys of a nested id-set map, sorted. */
export function idSet(item: Item, key: string): string[] {
	const set = item.get(key);
	return set instanceof Y.Map ? [...set.keys()].sort() : [];
}

/** A nested map field, if present. */
export function nested<T>(item: Item, key: string): Y.Map<T> | undefined {
	const value = item.get(key);
	return value instanceof Y.Map ? (value as Y.Map<T>) : undefined;
}

/** Items of a collection sorted by their `order` field, then id: the order every list is shown in. */
export function sortedEntries(
	map: Y.Map<Item>,
	keep: (item: Item) => boolean = () => true
): [string, Item][] {
	const entries: [string, Item][] = [];
	map.forEach((item, id) => {
		if (item instanceof Y.Map && keep(item)) entries.push([id, item]);
	});
	return entries.sort(([a, x], [b, y]) => num(x, 'order') - num(y, 'order') || (a < b ? -1 : a > b ? 1 : 0));
}
