// Stages of the value chain (inputs → production → processing → distribution → markets): ordered
// columns of the map. Nodes name their stage; removing a stage keeps its nodes, unplaced.
import type * as Y from 'yjs';
import { freshId } from './ids';
import { requiredText } from './input';
import { getItem, items, makeItem, write } from './layout';
import { removeWithReferences } from './links';
import { orderAtEnd, orderAtIndex } from './order';

/** Width of a stage's column on the map: stage number i (from 0) spans x from i × width onwards. */
export const STAGE_COLUMN_WIDTH = 280;

/** The stage column (from 0) that a map x coordinate falls in, given how many stages there are. */
export function stageColumnAt(x: number, stageCount: number): number {
	return Math.max(0, Math.min(stageCount - 1, Math.floor(x / STAGE_COLUMN_WIDTH)));
}

/** Input of `addStage`; without `id` a new random id is used. */
export type StageInput = { id?: string; title: string; index?: number };

/** Adds a stage at the end (or at `index`) and returns its id. */
export function addStage(doc: Y.Doc, input: StageInput): string {
	const id = freshId(doc, input.id);
	const title = requiredText(input.title, 'title');
	const stages = items(doc, 'stages');
	const order =
		input.index === undefined ? orderAtEnd(stages) : orderAtIndex(stages, input.index, () => true);
	write(doc, () => stages.set(id, makeItem({ title, order })));
	return id;
}

/** Renames a stage. */
export function updateStage(doc: Y.Doc, id: string, input: { title: string }): void {
	const stage = getItem(doc, 'stages', id);
	const title = requiredText(input.title, 'title');
	write(doc, () => stage.set('title', title));
}

/** Moves a stage to position `index` among the others (0 = first). */
export function moveStage(doc: Y.Doc, id: string, index: number): void {
	const stage = getItem(doc, 'stages', id);
	const order = orderAtIndex(items(doc, 'stages'), index, (other) => other !== id);
	write(doc, () => stage.set('order', order));
}

/** Removes a stage; nodes placed in it stay on the map with no stage. */
export function removeStage(doc: Y.Doc, id: string): void {
	getItem(doc, 'stages', id);
	write(doc, () => removeWithReferences(doc, [['stages', id]]));
}
