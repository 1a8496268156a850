// The plan as a whole: creating its layout, its title, and the vision and mission of its strategy.
import type * as Y from 'yjs';
import { PlanError } from './errors';
import { checkId } from './ids';
import { requiredText } from './input';
import { SCHEMA_VERSION, metaMap, strategyMap, write } from './layout';
import { checkLongText, writeLocalized, type LocalizedInput } from './localized';

/**
 * Gives an empty document the layout of a plan. Two peers initialising the same plan write the same
 * values, so it is safe to call on every peer that finds the document empty.
 */
export function initPlan(doc: Y.Doc, input: { id: string; title: string }): void {
	const id = checkId(input.id);
	const title = requiredText(input.title, 'title');
	const meta = metaMap(doc);
	const version = meta.get('schemaVersion');
	if (version !== undefined && version !== SCHEMA_VERSION) {
		throw new PlanError('schema_version', 'schemaVersion', 'migrate this document instead');
	}
	const existing = meta.get('id');
	if (existing !== undefined && existing !== id) {
		throw new PlanError('invalid_value', 'id', `the document already holds plan ${String(existing)}`);
	}
	doc.transact(() => {
		meta.set('id', id);
		meta.set('title', title);
		meta.set('schemaVersion', SCHEMA_VERSION);
	});
}

/** Renames the plan. */
export function renamePlan(doc: Y.Doc, title: string): void {
	const clean = requiredText(title, 'title');
	write(doc, () => metaMap(doc).set('title', clean));
}

/** Sets the vision and/or mission; either may be empty while the cluster is still writing them. */
export function updateStrategy(
	doc: Y.Doc,
	input: { vision?: LocalizedInput; mission?: LocalizedInput }
): void {
	const vision = input.vision === undefined ? undefined : checkLongText(input.vision, 'vision');
	const mission = input.mission === undefined ? undefined : checkLongText(input.mission, 'mission');
	write(doc, () => {
		// Flat keys in the root map (`vision.ru`): no nested map that two peers could create at once.
		if (vision) writeLocalized(strategyMap(doc), 'vision', vision);
		if (mission) writeLocalized(strategyMap(doc), 'mission', mission);
	});
}
