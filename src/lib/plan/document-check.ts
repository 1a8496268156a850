// The whole-document check: every root, item and field of a plan against the layout, with the same
// rules the socket door applies to each update. Whatever enters a plan other than through the door
// passes here first: a cluster import, a version being restored, the demo seed.
import * as Y from 'yjs';
import { PLAN_BOUNDS } from './bounds';
import type { PlanErrorCode } from './errors';
import { fieldProblem } from './field-check';
import { META_FIELDS, PLAN_ROOTS, STRATEGY_FIELDS, type Fields } from './fields';
import { COLLECTIONS } from './layout';
import { holdsAnything } from './shared-type';
import { checkItem, itemCount, type WriteProblem } from './write-check';

/** Roots of layout 0, emptied by `migrate`: allowed when they hold nothing. */
const LEGACY_ROOTS = new Set(['plan', 'chain', 'mapNodes', 'mapEdges']);

/** A workshop is written by the server's own checked operations; here only its size is bounded. */
const WORKSHOP_BYTES = 4 * 1024 * 1024;

function checkMapOf(
	fields: Fields,
	root: string,
	map: Y.Map<unknown>,
	report: (path: string, code: PlanErrorCode, message: string) => void
): void {
	for (const [key, value] of map.entries()) {
		const rule = Object.hasOwn(fields, key) ? fields[key] : undefined;
		if (!rule) report(`${root}/${key}`, 'unknown_field', 'the layout has no such field');
		else {
			const found = fieldProblem(rule, value);
			if (found) report(`${root}/${key}`, found.code, found.message);
		}
	}
}

/**
 * Every problem of a whole plan document (at most `limit`), each with its place (`nodes/n1/label`);
 * empty when the document follows this code's layout and bounds. `encodedBytes` is the size of the
 * document as it will be stored, when the caller has it.
 */
export function checkDocument(doc: Y.Doc, encodedBytes?: number, limit = 50): WriteProblem[] {
	const problems: WriteProblem[] = [];
	const report = (path: string, code: PlanErrorCode, message: string) => {
		if (problems.length < limit) problems.push({ path, code, message });
	};
	for (const [name, type] of doc.share) {
		if (PLAN_ROOTS.has(name)) continue;
		if (holdsAnything(type))
			report(name, 'unknown_field', LEGACY_ROOTS.has(name) ? 'content of an old layout' : 'no such part');
	}
	const meta = doc.getMap<unknown>('meta');
	checkMapOf(META_FIELDS, 'meta', meta, report);
	for (const key of ['id', 'title', 'schemaVersion'])
		if (!meta.has(key)) report(`meta/${key}`, 'required', 'must be written');
	checkMapOf(STRATEGY_FIELDS, 'strategy', doc.getMap('strategy'), report);
	for (const collection of COLLECTIONS) {
		for (const [id, item] of doc.getMap<unknown>(collection).entries()) {
			if (item instanceof Y.Map) checkItem(collection, id, item, report);
			else report(`${collection}/${id}`, 'invalid_value', 'an item is a map of fields');
		}
	}
	for (const [id, workshop] of doc.getMap<unknown>('workshops').entries()) {
		if (!(workshop instanceof Y.Map)) report(`workshops/${id}`, 'invalid_value', 'a workshop is a map');
		else if (JSON.stringify(workshop.toJSON()).length > WORKSHOP_BYTES)
			report(`workshops/${id}`, 'too_large', 'a workshop this large was not written by this server');
	}
	if (itemCount(doc) > PLAN_BOUNDS.itemsPerPlan)
		report('', 'too_many', `a plan holds at most ${PLAN_BOUNDS.itemsPerPlan} items`);
	if (encodedBytes !== undefined && encodedBytes > PLAN_BOUNDS.documentBytes)
		report('', 'too_large', `a plan's document is at most ${PLAN_BOUNDS.documentBytes} bytes`);
	return problems;
}
