// Strategic lines: the few broad directions of the plan, each holding objectives in order.
import type * as Y from 'yjs';
import { freshId } from './ids';
import { type Collection, getItem, items, makeItem, write } from './layout';
import { removeWithReferences } from './links';
import {
	checkLocalized,
	checkDescription,
	localizedFields,
	readLocalized,
	writeLocalized,
	type LocalizedInput
} from './localized';
import { orderAtEnd, orderAtIndex } from './order';
import { writeRich } from './rich-text';

/** Input of `addLine`; without `id` a new random id is used. */
export type LineInput = {
	id?: string;
	title: LocalizedInput;
	description?: LocalizedInput;
	index?: number;
};
/** Fields `updateLine` may change; fields left undefined keep their value. */
export type LineUpdate = { title?: LocalizedInput; description?: LocalizedInput };

/** Adds a strategic line at the end (or at `index`) and returns its id. */
export function addLine(doc: Y.Doc, input: LineInput): string {
	const id = freshId(doc, input.id);
	const title = checkLocalized(input.title, 'title', true);
	const description = checkDescription(input.description ?? {});
	const lines = items(doc, 'lines');
	const order = input.index === undefined ? orderAtEnd(lines) : orderAtIndex(lines, input.index, () => true);
	write(doc, () => {
		const line = makeItem({ ...localizedFields('title', title), order });
		lines.set(id, line);
		writeRich(line, 'description', description);
	});
	return id;
}

/** Changes a line's title or description. */
export function updateLine(doc: Y.Doc, id: string, input: LineUpdate): void {
	const line = getItem(doc, 'lines', id);
	const title =
		input.title === undefined
			? undefined
			: checkLocalized(input.title, 'title', true, readLocalized(line, 'title'));
	const description = input.description === undefined ? undefined : checkDescription(input.description);
	write(doc, () => {
		if (title) writeLocalized(line, 'title', title);
		if (description) writeRich(line, 'description', description);
	});
}

/** Moves a line to position `index` among the lines. */
export function moveLine(doc: Y.Doc, id: string, index: number): void {
	const line = getItem(doc, 'lines', id);
	const order = orderAtIndex(items(doc, 'lines'), index, (other) => other !== id);
	write(doc, () => line.set('order', order));
}

/** Removes a line with its objectives and their actions, and every link to them. */
export function removeLine(doc: Y.Doc, id: string): void {
	getItem(doc, 'lines', id);
	write(doc, () => {
		const removed: [Collection, string][] = [['lines', id]];
		const objectives = new Set<string>();
		items(doc, 'objectives').forEach((objective, objectiveId) => {
			if (objective.get('lineId') !== id) return;
			objectives.add(objectiveId);
			removed.push(['objectives', objectiveId]);
		});
		items(doc, 'actions').forEach((action, actionId) => {
			if (objectives.has(action.get('objectiveId') as string)) removed.push(['actions', actionId]);
		});
		removeWithReferences(doc, removed);
	});
}
