// Ordering of stages, lines, objectives and actions by a fractional `order` number rather than by
// array position: a move writes one number on one item, so concurrent moves and inserts never
// duplicate or lose items, and ties after concurrent moves are broken by id on every peer alike.
import type * as Y from 'yjs';
import { finiteNumber } from './input';
import type { Item } from './layout';
import { num, sortedEntries } from './read';

/** The order for an item placed after all `siblings`. */
export function orderAtEnd(siblings: Y.Map<Item>, keep: (item: Item) => boolean = () => true): number {
	let max = 0;
	siblings.forEach((item) => {
		if (keep(item)) max = Math.max(max, num(item, 'order'));
	});
	return max + 1;
}

/**
 * The order that puts an item at `index` among `siblings` (the moving item itself left out):
 * midway between its new neighbours, or one past the first or last.
 */
export function orderAtIndex(
	siblings: Y.Map<Item>,
	index: number,
	keep: (id: string, item: Item) => boolean
): number {
	const others = sortedEntries(siblings).filter(([id, item]) => keep(id, item));
	const clamped = Math.min(Math.trunc(finiteNumber(index, 'index', 0)), others.length);
	const before = others[clamped - 1];
	const after = others[clamped];
	if (!before) return after ? num(after[1], 'order') - 1 : 1;
	if (!after) return num(before[1], 'order') + 1;
	return (num(before[1], 'order') + num(after[1], 'order')) / 2;
}
