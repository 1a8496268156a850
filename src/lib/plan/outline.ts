// Indent and outdent in the strategy outline. The outline has three typed levels (line → objective
// → action), so indenting an objective makes it an action of the objective above it, and outdenting
// an action makes it an objective after its own. The item keeps its id (comments stay on it) and all
// its fields, including those its new level does not show (an action's owner survives a round trip
// through objective). Links only an objective can have (map nodes, projects, indicators) are
// cleared when it stops being one, as removing it would; undo brings them back.
import * as Y from 'yjs';
import { PlanError } from './errors';
import { type Item, collectionOf, getItem, items, write } from './layout';
import { orderAtEnd, orderAtIndex } from './order';
import { sortedEntries } from './read';

type Level = 'lines' | 'objectives' | 'actions';
const PARENT_KEY: Record<Level, string | null> = {
	lines: null,
	objectives: 'lineId',
	actions: 'objectiveId'
};

function levelOf(doc: Y.Doc, id: string): Level {
	const collection = collectionOf(doc, id);
	if (collection !== 'lines' && collection !== 'objectives' && collection !== 'actions') {
		throw new PlanError('not_found', 'id', `${String(id)} is not in the strategy outline`);
	}
	return collection;
}

function children(doc: Y.Doc, level: Level, parentId: string): [string, Item][] {
	const key = PARENT_KEY[level]!;
	return sortedEntries(items(doc, level), (item) => item.get(key) === parentId);
}

/** Siblings of `id` in order: lines, or the items sharing its parent. */
function siblings(doc: Y.Doc, level: Level, item: Item): [string, Item][] {
	const key = PARENT_KEY[level];
	return key === null ? sortedEntries(items(doc, level)) : children(doc, level, item.get(key) as string);
}

/** Copies every field of `from` into `to` (already in the document) but the parent and order. */
function copyFields(from: Item, to: Item): void {
	from.forEach((value, key) => {
		if (key === 'lineId' || key === 'objectiveId' || key === 'order') return;
		if (value instanceof Y.XmlFragment) {
			const copy = new Y.XmlFragment();
			to.set(key, copy);
			copy.insert(
				0,
				value.toArray().map((node) => (node as Y.XmlElement | Y.XmlText).clone())
			);
		} else if (value instanceof Y.Map) {
			to.set(key, new Y.Map([...value.entries()]));
		} else if (!(value instanceof Y.AbstractType)) {
			to.set(key, value);
		}
	});
}

/** Re-creates `id` in level `to` under `parentId` at `order`; call inside a transaction. */
function relevel(doc: Y.Doc, id: string, from: Level, to: Level, parentId: string | null, order: number) {
	const old = getItem(doc, from, id);
	const item = new Y.Map<unknown>();
	items(doc, to).set(id, item);
	copyFields(old, item);
	const key = PARENT_KEY[to];
	if (key !== null) item.set(key, parentId);
	item.set('order', order);
	// Only the old copy goes; references to it that the new level cannot hold go with it.
	items(doc, from).delete(id);
	clearLinksTo(doc, id, to);
}

/** Drops links to `id` that only its old level could have. */
function clearLinksTo(doc: Y.Doc, id: string, level: Level): void {
	if (level === 'objectives') return;
	const drop = (item: Item, key: string) => {
		const set = item.get(key);
		if (set instanceof Y.Map && set.has(id)) set.delete(id);
	};
	items(doc, 'nodes').forEach((node) => drop(node, 'links'));
	items(doc, 'projects').forEach((project) => drop(project, 'objectives'));
	items(doc, 'indicators').forEach((indicator) => {
		const link = indicator.get('link') as { id?: unknown } | null | undefined;
		if (link?.id === id) indicator.set('link', null);
	});
}

/** Whether `indent(doc, id)` would be accepted. */
export function canIndent(doc: Y.Doc, id: string): boolean {
	try {
		planIndent(doc, id);
		return true;
	} catch {
		return false;
	}
}

function planIndent(doc: Y.Doc, id: string): () => void {
	const level = levelOf(doc, id);
	if (level === 'actions') throw new PlanError('outline_depth', 'id', 'an action is the deepest level');
	const item = getItem(doc, level, id);
	const list = siblings(doc, level, item);
	const index = list.findIndex(([other]) => other === id);
	const previous = list[index - 1];
	if (!previous) throw new PlanError('outline_depth', 'id', 'there is nothing above to indent it under');
	const [previousId] = previous;
	if (level === 'objectives') {
		if (children(doc, 'actions', id).length) {
			throw new PlanError('outline_depth', 'id', 'its actions would go deeper than the outline allows');
		}
		const order = orderAtEnd(items(doc, 'actions'), (other) => other.get('objectiveId') === previousId);
		return () => relevel(doc, id, 'objectives', 'actions', previousId, order);
	}
	const objectives = children(doc, 'objectives', id);
	if (objectives.some(([objectiveId]) => children(doc, 'actions', objectiveId).length)) {
		throw new PlanError('outline_depth', 'id', 'its actions would go deeper than the outline allows');
	}
	const order = orderAtEnd(items(doc, 'objectives'), (other) => other.get('lineId') === previousId);
	return () => {
		relevel(doc, id, 'lines', 'objectives', previousId, order);
		objectives.forEach(([objectiveId], n) => relevel(doc, objectiveId, 'objectives', 'actions', id, n + 1));
	};
}

/** Makes a line an objective of the line above, or an objective an action of the objective above. */
export function indent(doc: Y.Doc, id: string): void {
	const change = planIndent(doc, id);
	write(doc, change);
}

/** Makes an action an objective after its own, or an objective a line after its own, children along. */
export function outdent(doc: Y.Doc, id: string): void {
	const level = levelOf(doc, id);
	if (level === 'lines') throw new PlanError('outline_depth', 'id', 'a line is the top level');
	const item = getItem(doc, level, id);
	if (level === 'actions') {
		const objectiveId = item.get('objectiveId') as string;
		const objective = getItem(doc, 'objectives', objectiveId, 'objectiveId');
		const lineId = objective.get('lineId') as string;
		const index = children(doc, 'objectives', lineId).findIndex(([other]) => other === objectiveId);
		const order = orderAtIndex(
			items(doc, 'objectives'),
			index + 1,
			(other, sibling) => other !== id && sibling.get('lineId') === lineId
		);
		write(doc, () => relevel(doc, id, 'actions', 'objectives', lineId, order));
		return;
	}
	const lineId = item.get('lineId') as string;
	const index = sortedEntries(items(doc, 'lines')).findIndex(([other]) => other === lineId);
	const order = orderAtIndex(items(doc, 'lines'), index + 1, () => true);
	const actions = children(doc, 'actions', id);
	write(doc, () => {
		relevel(doc, id, 'objectives', 'lines', null, order);
		actions.forEach(([actionId], n) => relevel(doc, actionId, 'actions', 'objectives', id, n + 1));
	});
}
