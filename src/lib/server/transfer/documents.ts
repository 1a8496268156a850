// The Yjs states inside a cluster file: base64 that must decode to a whole plan document, brought to
// this code's layout and checked by the same rules as every write through the socket door, and the
// plan id a copy under new ids writes into them.
import { and, asc, eq, gt } from 'drizzle-orm';
import * as Y from 'yjs';
import type { Db } from '../db';
import {
	SCHEMA_VERSION,
	checkDocument,
	isPlanError,
	migrate,
	schemaVersionOf,
	snapshot,
	type PlanData
} from '../../plan';
import { badFile } from './problem';

// Strict: Buffer.from(…, 'base64') skips whatever is not base64, so a damaged file would decode.
// One character class and a length check, not groups of four: a pattern that repeats a group runs
// out of stack on a state of a few megabytes.
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The bytes of a base64 field, or a `bad_base64` refusal naming `field`. */
export function fromBase64(text: string, field: string): Uint8Array {
	if (text.length % 4 !== 0 || !BASE64.test(text)) throw badFile('bad_base64', field, 'is not base64');
	return new Uint8Array(Buffer.from(text, 'base64'));
}

export function toBase64(bytes: Uint8Array): string {
	return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

/**
 * Decodes `state` into a plan document (at this code's layout unless `migrate` is false), or refuses
 * with `bad_document`: bytes Yjs cannot read, a state that depends on updates it lacks, a document
 * that is not a plan, or one written by newer code or at a layout no step leads from.
 */
export function decodePlan(state: Uint8Array, field: string, { migrate: upgrade = true } = {}): Y.Doc {
	const doc = new Y.Doc();
	try {
		try {
			Y.applyUpdate(doc, state);
		} catch {
			throw badFile('bad_document', field, 'is not a Yjs document');
		}
		if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null)
			throw badFile('bad_document', field, 'is an incomplete Yjs document');
		const version = schemaVersionOf(doc);
		if (version === null) throw badFile('bad_document', field, 'is not a plan');
		if (version > SCHEMA_VERSION)
			throw badFile('bad_document', field, `is a plan of a newer layout (${version})`);
		if (upgrade) bringUp(doc, field);
		return doc;
	} catch (problem) {
		doc.destroy();
		throw problem;
	}
}

function bringUp(doc: Y.Doc, field: string): void {
	try {
		migrate(doc);
	} catch (error) {
		// A layout version no code wrote (-1, 1.5): there is no step from it.
		if (isPlanError(error))
			throw badFile('bad_document', field, `is a plan of no known layout (${error.message})`);
		throw error;
	}
}

/**
 * The plan in `doc` (at this code's layout) checked whole by the rules the socket door applies to
 * every write (`checkDocument`), and its snapshot; refuses with `invalid_document` naming the first
 * place in the document at fault (`plans[0].versions[2].state: nodes/n1/label too_long: …`).
 * `bytes` is the document's encoded size as it will be stored.
 */
export function checkedPlan(doc: Y.Doc, bytes: number, field: string): PlanData {
	const problem = checkDocument(doc, bytes, 1)[0];
	if (problem)
		throw badFile(
			'invalid_document',
			field,
			`${problem.path || 'the plan'} ${problem.code}: ${problem.message}`
		);
	try {
		return snapshot(doc);
	} catch {
		throw badFile('bad_document', field, 'is a plan that cannot be read');
	}
}

/** The id the document names itself by, as the plan's copy under a new id must. */
export function renamePlanDocument(doc: Y.Doc, planId: string): void {
	const meta = doc.getMap<unknown>('meta');
	if (meta.get('id') !== planId) meta.set('id', planId);
}

/** `doc` as one update. */
export function encodePlan(doc: Y.Doc): Uint8Array {
	return Y.encodeStateAsUpdate(doc);
}

/**
 * A plan's stored document read inside `tx`, the export's one transaction: its snapshot, then the
 * log rows after it in sequence order. Not through the document store, whose reads run on their own
 * connection (PostgreSQL) and so outside the picture the rest of the file is read from. A damaged row
 * is skipped and logged, as every reader of a plan does.
 */
export async function storedDocument(tx: Db, planId: string): Promise<Y.Doc> {
	const { documentSnapshots, documentUpdates } = tx.tables;
	const [snap] = await tx
		.select({ state: documentSnapshots.state, throughSeq: documentSnapshots.throughSeq })
		.from(documentSnapshots)
		.where(eq(documentSnapshots.planId, planId))
		.limit(1);
	const tail = await tx
		.select({ data: documentUpdates.data })
		.from(documentUpdates)
		.where(and(eq(documentUpdates.planId, planId), gt(documentUpdates.seq, snap?.throughSeq ?? 0)))
		.orderBy(asc(documentUpdates.seq));
	const doc = new Y.Doc();
	for (const update of [snap?.state, ...tail.map((row) => row.data)]) {
		if (!update) continue;
		try {
			Y.applyUpdate(doc, new Uint8Array(update));
		} catch (error) {
			console.error(`transfer: a stored update of plan ${planId} cannot be read, skipped`, error);
		}
	}
	return doc;
}

/**
 * Writes a plan's document, imported whole, inside the import's transaction: one encoded state as
 * the first row of the plan's log (seq 1), as a new plan's first state always is. Not through the
 * document store's `append`, which on PostgreSQL writes on its own connection: outside the import's
 * one transaction, where the plan row it refers to is not yet committed. The plan is new (its id
 * was checked free in this transaction, and its log rows go with a deleted plan), so 1 is its first
 * sequence; the live door folds the row into a snapshot when the log grows.
 */
export async function writePlanDocument(tx: Db, planId: string, state: Uint8Array): Promise<void> {
	const { documentUpdates } = tx.tables;
	await tx.insert(documentUpdates).values({
		planId,
		seq: 1,
		data: Buffer.from(state.buffer, state.byteOffset, state.byteLength)
	});
}
