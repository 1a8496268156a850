// Shared set-up for the plan tests: a fresh plan document and a check that a refused operation
// throws the expected PlanError and writes nothing.
import { expect } from 'vitest';
import * as Y from 'yjs';
import { PlanError, type PlanErrorCode, initPlan, snapshot } from '../../../src/lib/plan';

/** A new, initialised plan document. */
export function newPlan(id = 'plan-1', title = 'Strategic development plan'): Y.Doc {
	const doc = new Y.Doc();
	initPlan(doc, { id, title });
	return doc;
}

/** Asserts `operation` throws a PlanError with `code` (and `field`) and leaves the document unchanged. */
export function expectRefused(
	doc: Y.Doc,
	operation: () => unknown,
	code: PlanErrorCode,
	field?: string
): void {
	const before = snapshot(doc);
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
	expect(snapshot(doc)).toEqual(before);
}
