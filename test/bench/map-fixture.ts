// The map bench's storage: a temp database (cluster alpha, two editors) whose plans hold generated
// 500-node / 800-edge maps, and the size of a plan's stored document.
import * as Y from 'yjs';
import { generatePlan } from './generate-plan';
import { createPlanDocument, loadPlanDocument } from '../../src/lib/server/plans/document';
import type { Db } from '../../src/lib/server/db';
import { benchFixture } from './servers';

const MAP_SIZE = { nodes: 500, edges: 800 };

/** `count` plans of cluster alpha, each a generated map written to the document store. */
export async function mapFixture(count: number) {
	const fixture = await benchFixture(count);
	for (const [i, id] of fixture.plans.entries()) {
		await createPlanDocument(fixture.db, id, (doc) => generatePlan(doc, { ...MAP_SIZE, seed: i + 1, id }));
	}
	return fixture;
}

/** Bytes of the plan's full state as stored (snapshot plus update log, merged and re-encoded). */
export async function storedDocumentBytes(db: Db, planId: string): Promise<number> {
	const doc = await loadPlanDocument(db, planId);
	try {
		return Y.encodeStateAsUpdate(doc).byteLength;
	} finally {
		doc.destroy();
	}
}
