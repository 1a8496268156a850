// The socket door's check of one update from a browser, after Yjs applied it: what did it change,
// and does every changed field still follow the layout (`fields.ts`)? Only what the transaction
// touched is read, so checking an edit costs about as much as applying it.
//
// References (a node's actor, an edge's ends, links) are checked for their shape only. A reference to
// an item that is gone, or that moved to another level of the outline, is what a concurrent remove or
// indent makes of a perfectly good edit; `snapshot` hides it, and refusing it would lose the edit.
import * as Y from 'yjs';
import { PLAN_BOUNDS } from './bounds';
import type { PlanErrorCode } from './errors';
import { fieldProblem } from './field-check';
import {
	PLAN_ROOTS,
	REQUIRED_FIELDS,
	SERVER_ROOTS,
	STRATEGY_FIELDS,
	isCollection,
	itemField
} from './fields';
import { isId } from './ids';
import { COLLECTIONS, type Collection } from './layout';
import { LANGS, langKey } from './localized';
import { holdsList, isNewIn, pathOf } from './shared-type';

/** The parts a transaction touched: root name → keys in it (item ids, strategy texts; null for list content). */
export type Touched = Map<string, Set<string | null>>;

/** One broken rule, with the place in the document (`nodes/n1/label`). */
export type WriteProblem = { path: string; code: PlanErrorCode; message: string };

export type WriteCheck = {
	touched: Touched;
	problems: WriteProblem[];
	/** Items the transaction added to collections. */
	added: number;
};

/**
 * Whether a required field is written: in at least one language, for a localized field, or as the one
 * string it was before it had languages.
 */
function isWritten(collection: Collection, item: Y.Map<unknown>, field: string): boolean {
	const present = (key: string) => {
		const value = item.get(key);
		return value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');
	};
	const keys = LANGS.map((lang) => langKey(field, lang));
	// As `readLocalizedOrGuessed` reads it: once a language is written, the languages are the text.
	if (itemField(collection, keys[0]!) && keys.some((key) => typeof item.get(key) === 'string'))
		return keys.some(present);
	return present(field);
}

type Report = (path: string, code: PlanErrorCode, message: string) => void;

/** Checks every field of an item (a new one, or one read whole by the document check). */
export function checkItem(collection: Collection, id: string, item: Y.Map<unknown>, report: Report): void {
	const at = `${collection}/${id}`;
	if (!isId(id)) report(at, 'invalid_id', 'an item id must be a short token');
	if (holdsList(item)) report(at, 'invalid_value', 'an item is a map of fields');
	for (const [field, value] of item.entries()) checkField(collection, id, item, field, value, report);
	for (const field of REQUIRED_FIELDS[collection])
		if (!isWritten(collection, item, field)) report(`${at}/${field}`, 'required', 'must be written');
	checkItemRules(collection, id, item, report);
}

function checkField(
	collection: Collection,
	id: string,
	item: Y.Map<unknown>,
	field: string | null,
	value: unknown,
	report: Report
): void {
	const at = `${collection}/${id}/${field ?? '[]'}`;
	if (field === null) {
		if (holdsList(item)) report(at, 'invalid_value', 'an item is a map of fields');
		return;
	}
	const rule = itemField(collection, field);
	if (!rule) return report(at, 'unknown_field', 'the layout has no such field');
	if (value === undefined) {
		const base = field.replace(/\.(ru|kk|en)$/, '');
		if (REQUIRED_FIELDS[collection].includes(base)) report(at, 'required', 'cannot be removed');
		return;
	}
	const found = fieldProblem(rule, value);
	if (found) report(at, found.code, found.message);
}

/** Rules that tie fields of one item together. */
function checkItemRules(collection: Collection, id: string, item: Y.Map<unknown>, report: Report): void {
	if (collection === 'edges' && item.get('source') === item.get('target') && item.has('source'))
		report(`edges/${id}/target`, 'self_loop', 'a node cannot flow to itself');
}

function checkStrategy(doc: Y.Doc, key: string | null, report: Report): void {
	const at = `strategy/${key ?? '[]'}`;
	if (key === null) {
		if (holdsList(doc.getMap('strategy'))) report(at, 'invalid_value', 'the strategy is a map of texts');
		return;
	}
	const rule = Object.hasOwn(STRATEGY_FIELDS, key) ? STRATEGY_FIELDS[key] : undefined;
	if (!rule) return report(at, 'unknown_field', 'the strategy has no such text');
	const value = doc.getMap('strategy').get(key);
	const found = value === undefined ? null : fieldProblem(rule, value);
	if (found) report(at, found.code, found.message);
}

/**
 * Checks the changes of transaction `tr` (from a browser) on `doc`. Server-only roots, unknown roots
 * and fields, and values breaking their rules are problems; the caller undoes what `touched` names.
 */
export function checkWrite(doc: Y.Doc, tr: Y.Transaction): WriteCheck {
	const touched: Touched = new Map();
	const fields = new Map<string, Set<string | null>>();
	const problems: WriteProblem[] = [];
	const report: Report = (path, code, message) => {
		if (problems.length < 20) problems.push({ path, code, message });
	};
	const touch = (root: string, key: string | null) => {
		let keys = touched.get(root);
		if (!keys) touched.set(root, (keys = new Set()));
		keys.add(key);
	};
	for (const [type, keys] of tr.changed) {
		const path = pathOf(type);
		if (!path) {
			report('?', 'unknown_field', 'a change outside the document');
			continue;
		}
		const [root, item, field] = path as [string, ...(string | null)[]];
		if (path.length === 1) {
			for (const key of keys) touch(root, key);
			continue;
		}
		touch(root, item ?? null);
		const itemKey = `${root}\u0000${item}`;
		const changed = fields.get(itemKey) ?? fields.set(itemKey, new Set()).get(itemKey)!;
		if (path.length === 2) for (const key of keys) changed.add(key);
		else changed.add(field ?? null);
	}

	const added = countAdded(doc, tr, touched);
	// A flood is refused on its count alone, before reading any of its items.
	if (added > PLAN_BOUNDS.itemsPerUpdate) {
		report('', 'too_many', `one change adds at most ${PLAN_BOUNDS.itemsPerUpdate} items`);
		return { touched, problems, added };
	}
	for (const [root, keys] of touched) {
		if (!PLAN_ROOTS.has(root)) {
			report(root, 'unknown_field', 'the plan has no such part');
			continue;
		}
		if (SERVER_ROOTS.has(root)) {
			report(root, 'server_only', 'only the server writes here');
			continue;
		}
		if (root === 'strategy') {
			for (const key of keys) checkStrategy(doc, key, report);
			continue;
		}
		if (!isCollection(root)) continue;
		const collection = doc.getMap<unknown>(root);
		for (const key of keys) {
			if (key === null) {
				if (holdsList(collection)) report(`${root}/[]`, 'invalid_value', 'a collection is a map of items');
				continue;
			}
			const value = collection.get(key);
			if (value === undefined) continue; // removed: every editor may remove items
			if (!(value instanceof Y.Map)) {
				report(`${root}/${key}`, 'invalid_value', 'an item is a map of fields');
				continue;
			}
			if (isNewIn(tr, value)) {
				checkItem(root, key, value, report);
				continue;
			}
			for (const field of fields.get(`${root}\u0000${key}`) ?? [])
				checkField(root, key, value, field, field === null ? undefined : value.get(field), report);
			checkItemRules(root, key, value, report);
		}
	}
	if (added > 0 && itemCount(doc) > PLAN_BOUNDS.itemsPerPlan)
		report('', 'too_many', `a plan holds at most ${PLAN_BOUNDS.itemsPerPlan} items`);
	return { touched, problems, added };
}

/** How many items the transaction added to the collections. */
function countAdded(doc: Y.Doc, tr: Y.Transaction, touched: Touched): number {
	let added = 0;
	for (const [root, keys] of touched) {
		if (!isCollection(root) || SERVER_ROOTS.has(root)) continue;
		const collection = doc.getMap<unknown>(root);
		for (const key of keys) {
			const value = key === null ? undefined : collection.get(key);
			if (value instanceof Y.Map && isNewIn(tr, value)) added += 1;
		}
	}
	return added;
}

/** Items in all collections of a plan. */
export function itemCount(doc: Y.Doc): number {
	let count = 0;
	for (const collection of COLLECTIONS) count += doc.getMap(collection).size;
	return count;
}
