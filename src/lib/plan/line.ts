// Strategic lines: the few broad directions of the plan, each holding objectives in order.
import type * as Y from 'yjs';
import { freshId } from './ids';
import { optionalText, requiredText } from './input';
import { type Collection, getItem, items, makeItem, write } from './layout';
import { removeWithReferences } from './links';
import { orderAtEnd, orderAtIndex } from './order';

/** Input of `addLine`; without `id` a new random id is used. */
export type LineInput = { id?: string; title: string; description?: string; index?: number };
/** Fields `updateLine` may change; fields left undefined keep their value. */
export type LineUpdate = { title?: string; description?: string };

/** Adds a strategic line at the end (or at `index`) and returns its id. */
export function addLine(doc: Y.Doc, input: LineInput): string {
	const id = freshId(doc, input.id);
	const title = requiredText(input.title, 'title');
	const description = optionalText(input.description, 'description') ?? '';
	const lines = items(doc, 'lines');
	const order = input.index === undefined ? orderAtEnd(lines) : orderAtIndex(lines, input.index, () => true);
	write(doc, () => lines.set(id, makeItem({ title, description, order })));
	return id;
}

/** Changes a line's title or description. */
export function updateLine(doc: Y.Doc, id: string, input: LineUpdate): void {
	const line = getItem(doc, 'lines', id);
	const title = input.title === undefined ? undefined : requiredText(input.title, 'title');
	const description = optionalText(input.description, 'description');
	write(doc, () => {
		if (title !== undefined) line.set('title', title);
		if (description !== undefined) line.set('description', description);
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
