// Stages of the value chain (inputs → production → processing → distribution → markets): ordered
// columns of the map. Nodes name their stage; removing a stage keeps its nodes, unplaced. A stage's
// name is held in three languages (`title.ru` …); one written as a single `title` still reads.
import type * as Y from 'yjs';
import { freshId } from './ids';
import { checkLocalizedChange } from './lang-guess';
import { getItem, items, makeItem, write } from './layout';
import { removeWithReferences } from './links';
import { checkLocalized, localizedFields, writeLocalized, type LocalizedInput } from './localized';
import { orderAtEnd, orderAtIndex } from './order';
import { sortedEntries } from './read';

/** Width of a stage's column on the map: stage number i (from 0) spans x from i × width onwards. */
export const STAGE_COLUMN_WIDTH = 280;

/** The stage column (from 0) that a map x coordinate falls in, given how many stages there are. */
export function stageColumnAt(x: number, stageCount: number): number {
	return Math.max(0, Math.min(stageCount - 1, Math.floor(x / STAGE_COLUMN_WIDTH)));
}

/** Input of `addStage`; without `id` a new random id is used. */
export type StageInput = { id?: string; title: LocalizedInput; index?: number };

/** Adds a stage at the end (or at `index`) and returns its id. */
export function addStage(doc: Y.Doc, input: StageInput): string {
	const id = freshId(doc, input.id);
	const title = checkLocalized(input.title, 'title', true);
	const stages = items(doc, 'stages');
	const order =
		input.index === undefined ? orderAtEnd(stages) : orderAtIndex(stages, input.index, () => true);
	const before = columns(doc);
	write(doc, () => {
		stages.set(id, makeItem({ ...localizedFields('title', title), order }));
		followColumns(doc, before);
	});
	return id;
}

/** Renames a stage in the languages given; the others keep their text. */
export function updateStage(doc: Y.Doc, id: string, input: { title: LocalizedInput }): void {
	const stage = getItem(doc, 'stages', id);
	const title = checkLocalizedChange(stage, 'title', input.title, true);
	write(doc, () => writeLocalized(stage, 'title', title));
}

function columns(doc: Y.Doc): Map<string, number> {
	return new Map(sortedEntries(items(doc, 'stages')).map(([id], column) => [id, column]));
}

// Stages are drawn as columns in their order: when the order changes, the nodes placed in a stage
// move with its column, so the map keeps showing every node in its own stage.
function followColumns(doc: Y.Doc, before: Map<string, number>): void {
	const after = columns(doc);
	items(doc, 'nodes').forEach((node) => {
		const stageId = node.get('stageId') as string | null;
		const from = stageId === null ? undefined : before.get(stageId);
		const to = stageId === null ? undefined : after.get(stageId);
		const x = node.get('x');
		if (from !== undefined && to !== undefined && from !== to && typeof x === 'number') {
			node.set('x', x + (to - from) * STAGE_COLUMN_WIDTH);
		}
	});
}

/** Moves a stage to position `index` among the others (0 = first); nodes move with their columns. */
export function moveStage(doc: Y.Doc, id: string, index: number): void {
	const stage = getItem(doc, 'stages', id);
	const order = orderAtIndex(items(doc, 'stages'), index, (other) => other !== id);
	const before = columns(doc);
	write(doc, () => {
		stage.set('order', order);
		followColumns(doc, before);
	});
}

/** Removes a stage; nodes placed in it stay on the map with no stage, the later columns close up. */
export function removeStage(doc: Y.Doc, id: string): void {
	getItem(doc, 'stages', id);
	const before = columns(doc);
	write(doc, () => {
		removeWithReferences(doc, [['stages', id]]);
		followColumns(doc, before);
	});
}
