// Undoing a refused update from a browser: the parts it touched are put back as they were before it,
// in one transaction the server writes. Everything else, including concurrent edits of untouched
// items, stays. Content the update put into roots the layout does not have is deleted.
import type * as Y from 'yjs';
import { PLAN_ROOTS } from './fields';
import { syncKey } from './restore';
import { clearAll, clearList } from './shared-type';
import type { Touched } from './write-check';

/**
 * Puts the `touched` parts of `live` back as they are in `before` (the same plan just before the
 * refused update), writing only what differs.
 */
export function revertTouched(live: Y.Doc, before: Y.Doc, touched: Touched): void {
	live.transact(() => {
		for (const [root, keys] of touched) {
			if (!PLAN_ROOTS.has(root)) {
				const type = live.share.get(root);
				if (type) clearAll(type);
				continue;
			}
			const target = live.getMap<unknown>(root);
			const source = before.getMap<unknown>(root);
			for (const key of keys) {
				if (key === null) clearList(target);
				else syncKey(target, source, key);
			}
		}
	});
}
