// Shared set-up for the plan tests: a fresh plan document and a check that a refused operation
// throws the expected PlanError and writes nothing.
import { expect } from 'vitest';
import * as Y from 'yjs';
import { type Localized, PlanError, type PlanErrorCode, initPlan, snapshot } from '../../../src/lib/plan';

/** A text written in English only, as a plain string input stores it. */
export function en(text: string): Localized {
	return { ru: '', kk: '', en: text };
}

/** Sends every change each document has that the other lacks, both ways. */
export function exchange(a: Y.Doc, b: Y.Doc): void {
	Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
	Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

/** A second peer holding everything `doc` holds now. */
export function peerOf(doc: Y.Doc): Y.Doc {
	const peer = new Y.Doc();
	Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
	return peer;
}

/** A new, initialised plan document. */
export function newPlan(id = 'plan-1', title = 'Strategic development plan'): Y.Doc {
	const doc = new Y.Doc();
	initPlan(doc, { id, title });
	return doc;
}

/**
 * Asserts `operation` throws a PlanError with `code` (and `field`) and leaves the document unchanged:
 * no update emitted, the same state vector, the same snapshot.
 */
export function expectRefused(
	doc: Y.Doc,
	operation: () => unknown,
	code: PlanErrorCode,
	field?: string
): void {
	const before = snapshot(doc);
	const vector = Y.encodeStateVector(doc);
	let updates = 0;
	const count = () => updates++;
	doc.on('update', count);
	let thrown: unknown;
	try {
		operation();
	} catch (error) {
		thrown = error;
	} finally {
		doc.off('update', count);
	}
	expect(thrown).toBeInstanceOf(PlanError);
	expect((thrown as PlanError).code).toBe(code);
	if (field !== undefined) expect((thrown as PlanError).field).toBe(field);
	expect(updates).toBe(0);
	expect(Y.encodeStateVector(doc)).toEqual(vector);
	expect(snapshot(doc)).toEqual(before);
}
