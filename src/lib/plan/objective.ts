// Objectives: what a strategic line sets out to achieve, each holding actions in order. Projects,
// indicators and map nodes link to objectives.
import type * as Y from 'yjs';
import { PlanError } from './errors';
import { freshId } from './ids';
import { optionalText, requiredText } from './input';
import { type Collection, getItem, items, makeItem, write } from './layout';
import { removeWithReferences } from './links';
import { orderAtEnd, orderAtIndex } from './order';

/** Input of `addObjective`; without `id` a new random id is used. */
export type ObjectiveInput = {
	id?: string;
	lineId: string;
	title: string;
	description?: string;
	index?: number;
};
/** Fields `updateObjective` may change; fields left undefined keep their value. */
export type ObjectiveUpdate = { title?: string; description?: string };

function checkLine(doc: Y.Doc, lineId: string): string {
	if (typeof lineId !== 'string' || !items(doc, 'lines').has(lineId)) {
		throw new PlanError('dangling_link', 'lineId', `no strategic line ${String(lineId)}`);
	}
	return lineId;
}

/** Adds an objective to a line, at the end or at `index`, and returns its id. */
export function addObjective(doc: Y.Doc, input: ObjectiveInput): string {
	const id = freshId(doc, input.id);
	const lineId = checkLine(doc, input.lineId);
	const title = requiredText(input.title, 'title');
	const description = optionalText(input.description, 'description') ?? '';
	const objectives = items(doc, 'objectives');
	const order =
		input.index === undefined
			? orderAtEnd(objectives, (item) => item.get('lineId') === lineId)
			: orderAtIndex(objectives, input.index, (_, item) => item.get('lineId') === lineId);
	write(doc, () => objectives.set(id, makeItem({ lineId, title, description, order })));
	return id;
}

/** Changes an objective's title or description. */
export function updateObjective(doc: Y.Doc, id: string, input: ObjectiveUpdate): void {
	const objective = getItem(doc, 'objectives', id);
	const title = input.title === undefined ? undefined : requiredText(input.title, 'title');
	const description = optionalText(input.description, 'description');
	write(doc, () => {
		if (title !== undefined) objective.set('title', title);
		if (description !== undefined) objective.set('description', description);
	});
}

/** Moves an objective within its line or to another line (at `index`, default the end). */
export function moveObjective(doc: Y.Doc, id: string, to: { lineId?: string; index?: number }): void {
	const objective = getItem(doc, 'objectives', id);
	const lineId = to.lineId === undefined ? (objective.get('lineId') as string) : checkLine(doc, to.lineId);
	const objectives = items(doc, 'objectives');
	const keep = (other: string, item: Y.Map<unknown>) => other !== id && item.get('lineId') === lineId;
	const order =
		to.index === undefined
			? orderAtEnd(objectives, (item) => item !== objective && item.get('lineId') === lineId)
			: orderAtIndex(objectives, to.index, keep);
	write(doc, () => {
		if (objective.get('lineId') !== lineId) objective.set('lineId', lineId);
		objective.set('order', order);
	});
}

/** Removes an objective with its actions, and every link to them. */
export function removeObjective(doc: Y.Doc, id: string): void {
	getItem(doc, 'objectives', id);
	write(doc, () => {
		const removed: [Collection, string][] = [['objectives', id]];
		items(doc, 'actions').forEach((action, actionId) => {
			if (action.get('objectiveId') === id) removed.push(['actions', actionId]);
		});
		removeWithReferences(doc, removed);
	});
}
