// Document growth from node moves: real drags in the browser, where the app writes a node's
// position once, when the drag ends, against writing every pointer move to the document.
import * as Y from 'yjs';
import { moveNodes } from '../../src/lib/plan';
import type { Db } from '../../src/lib/server/db';
import { loadPlanDocument } from '../../src/lib/server/plans/document';
import { dragBurst, reachableNodes, type MapPage } from './map-browser';

/** `drags` drags of `movesPerDrag` pointer moves each, round-robin over the nodes a pointer reaches. */
export async function dragMany(map: MapPage, drags: number, movesPerDrag: number): Promise<void> {
	const ids = await reachableNodes(map.page);
	if (!ids.length) throw new Error('bench: no node to drag on the map');
	const cdp = await map.context.newCDPSession(map.page);
	for (let i = 0; i < drags; i++) {
		// Every other pass over the nodes drags them back, so they stay where the pointer finds them.
		const sign = Math.floor(i / ids.length) % 2 ? -1 : 1;
		await dragBurst(map.page, cdp, ids[i % ids.length]!, { x: 40 * sign, y: 25 * sign }, movesPerDrag);
	}
	// The last drop's write leaves with the pointerup; give it time to be committed by the server.
	await map.page.waitForTimeout(1000);
	await cdp.detach();
}

/**
 * Encoded size of the stored plan before and after the same moves written one by one, each its own
 * transaction as a per-move write would be; done in this process on a copy, nothing is stored.
 */
export async function growthIfEveryMoveWritten(db: Db, planId: string, drags: number, movesPerDrag: number) {
	const doc = await loadPlanDocument(db, planId);
	const before = Y.encodeStateAsUpdate(doc).byteLength;
	for (let drag = 0; drag < drags; drag++) {
		for (let i = 1; i <= movesPerDrag; i++) {
			// Whole pixels, as the app rounds them; every move lands somewhere new.
			moveNodes(doc, [{ id: `n${drag}`, x: 1000 + 2 * i, y: 500 + i }]);
		}
	}
	const after = Y.encodeStateAsUpdate(doc).byteLength;
	doc.destroy();
	return { before, after };
}
