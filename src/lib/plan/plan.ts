// The plan as a whole: creating its layout, its title, and the vision and mission of its strategy.
// The title lives in `meta` in three languages (`title.ru`, `title.kk`, `title.en`) beside `title`,
// one line kept for readers that know only that key; the plans table holds the same three, and the
// server, which alone writes `meta`, keeps the two in step.
import type * as Y from 'yjs';
import { PlanError } from './errors';
import { checkId } from './ids';
import { firstWritten, readLocalizedOrGuessed } from './lang-guess';
import { SCHEMA_VERSION, metaMap, strategyMap, write } from './layout';
import {
	checkLocalized,
	checkLongText,
	emptyLocalized,
	writeLocalized,
	type Localized,
	type LocalizedInput
} from './localized';

/**
 * Gives an empty document the layout of a plan. Two peers initialising the same plan write the same
 * values, so it is safe to call on every peer that finds the document empty.
 */
export function initPlan(doc: Y.Doc, input: { id: string; title: LocalizedInput }): void {
	const id = checkId(input.id);
	const title = { ...emptyLocalized(), ...checkLocalized(input.title, 'title', true) };
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
		writeTitle(meta, title);
		meta.set('schemaVersion', SCHEMA_VERSION);
	});
}

function writeTitle(meta: Y.Map<unknown>, title: Localized): void {
	writeLocalized(meta, 'title', title);
	if (meta.get('title') !== firstWritten(title)) meta.set('title', firstWritten(title));
}

/**
 * The plan's title in its three languages. A document written before the title had languages holds
 * one string: it is read in the language its letters tell.
 */
export function planTitle(meta: Y.Map<unknown>): Localized {
	return readLocalizedOrGuessed(meta, 'title');
}

/** Renames the plan: the languages given change, the others stay; one must stay written. */
export function renamePlan(doc: Y.Doc, title: LocalizedInput): void {
	const meta = metaMap(doc);
	const current = planTitle(meta);
	const clean = { ...current, ...checkLocalized(title, 'title', true, current) };
	write(doc, () => writeTitle(meta, clean));
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
