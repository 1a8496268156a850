// Objectives: what a strategic line sets out to achieve, each holding actions in order. Projects,
// indicators and map nodes link to objectives.
import type * as Y from 'yjs';
import { PlanError } from './errors';
import { freshId } from './ids';
import { type Collection, getItem, items, makeItem, write } from './layout';
import { removeWithReferences } from './links';
import {
	checkLocalized,
	checkDescription,
	checkLongText,
	localizedFields,
	readLocalized,
	writeLocalized,
	type LocalizedInput
} from './localized';
import { orderAtEnd, orderAtIndex } from './order';
import { writeRich } from './rich-text';

/** Input of `addObjective`; without `id` a new random id is used. */
export type ObjectiveInput = {
	id?: string;
	lineId: string;
	title: LocalizedInput;
	description?: LocalizedInput;
	/** Assumptions and risks, shown in the logframe. */
	assumptions?: LocalizedInput;
	index?: number;
};
/** Fields `updateObjective` may change; fields left undefined keep their value. */
export type ObjectiveUpdate = {
	title?: LocalizedInput;
	description?: LocalizedInput;
	assumptions?: LocalizedInput;
};

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
	const title = checkLocalized(input.title, 'title', true);
	const description = checkDescription(input.description ?? {});
	const assumptions = checkLongText(input.assumptions ?? {}, 'assumptions');
	const objectives = items(doc, 'objectives');
	const order =
		input.index === undefined
			? orderAtEnd(objectives, (item) => item.get('lineId') === lineId)
			: orderAtIndex(objectives, input.index, (_, item) => item.get('lineId') === lineId);
	write(doc, () => {
		const objective = makeItem({
			lineId,
			...localizedFields('title', title),
			...localizedFields('assumptions', assumptions),
			order
		});
		objectives.set(id, objective);
		writeRich(objective, 'description', description);
	});
	return id;
}

/** Changes an objective's title, description or assumptions. */
export function updateObjective(doc: Y.Doc, id: string, input: ObjectiveUpdate): void {
	const objective = getItem(doc, 'objectives', id);
	const title =
		input.title === undefined
			? undefined
			: checkLocalized(input.title, 'title', true, readLocalized(objective, 'title'));
	const description = input.description === undefined ? undefined : checkDescription(input.description);
	const assumptions =
		input.assumptions === undefined ? undefined : checkLongText(input.assumptions, 'assumptions');
	write(doc, () => {
		if (title) writeLocalized(objective, 'title', title);
		if (assumptions) writeLocalized(objective, 'assumptions', assumptions);
		if (description) writeRich(objective, 'description', description);
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
