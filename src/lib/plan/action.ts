// Actions: the concrete steps under an objective, with an owner, a due date and a status.
import type * as Y from 'yjs';
import { PlanError } from './errors';
import { freshId } from './ids';
import { dateOrNull, finiteNumber, oneOf, optionalText } from './input';
import { checkIds, getItem, items, makeIdSet, makeItem, replaceSet, write } from './layout';
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
import { ACTION_STATUSES, type ActionStatus } from './types';

/** Input of `addAction`; without `id` a new random id is used. */
export type ActionInput = {
	id?: string;
	objectiveId: string;
	title: LocalizedInput;
	description?: LocalizedInput;
	owner?: string;
	dueDate?: string | null;
	status?: ActionStatus;
	/** Projects that carry the action out. */
	projectIds?: string[];
	/** Indicators that show whether it worked. */
	indicatorIds?: string[];
	index?: number;
};
/** Fields `updateAction` may change; fields left undefined keep their value. */
export type ActionUpdate = Partial<
	Pick<ActionInput, 'title' | 'description' | 'owner' | 'dueDate' | 'status' | 'projectIds' | 'indicatorIds'>
> & { priority?: number | null };

function checkObjective(doc: Y.Doc, objectiveId: string): string {
	if (typeof objectiveId !== 'string' || !items(doc, 'objectives').has(objectiveId)) {
		throw new PlanError('dangling_link', 'objectiveId', `no objective ${String(objectiveId)}`);
	}
	return objectiveId;
}

/** Adds an action to an objective, at the end or at `index`, and returns its id. */
export function addAction(doc: Y.Doc, input: ActionInput): string {
	const id = freshId(doc, input.id);
	const objectiveId = checkObjective(doc, input.objectiveId);
	const title = checkLocalized(input.title, 'title', true);
	const description = checkDescription(input.description ?? {});
	const owner = optionalText(input.owner, 'owner') ?? '';
	const dueDate = input.dueDate === undefined ? null : dateOrNull(input.dueDate, 'dueDate');
	const status = oneOf(input.status ?? 'planned', ACTION_STATUSES, 'status');
	const projects = checkIds(doc, input.projectIds ?? [], 'projects', 'projectIds');
	const indicators = checkIds(doc, input.indicatorIds ?? [], 'indicators', 'indicatorIds');
	const actions = items(doc, 'actions');
	const order =
		input.index === undefined
			? orderAtEnd(actions, (item) => item.get('objectiveId') === objectiveId)
			: orderAtIndex(actions, input.index, (_, item) => item.get('objectiveId') === objectiveId);
	write(doc, () => {
		const action = makeItem({
			objectiveId,
			...localizedFields('title', title),
			owner,
			dueDate,
			status,
			projects: makeIdSet(projects),
			indicators: makeIdSet(indicators),
			order
		});
		actions.set(id, action);
		writeRich(action, 'description', description);
	});
	return id;
}

/** Changes an action's fields. */
export function updateAction(doc: Y.Doc, id: string, input: ActionUpdate): void {
	const action = getItem(doc, 'actions', id);
	const title =
		input.title === undefined
			? undefined
			: checkLocalized(input.title, 'title', true, readLocalized(action, 'title'));
	const description = input.description === undefined ? undefined : checkDescription(input.description);
	const fields = {
		owner: optionalText(input.owner, 'owner'),
		dueDate: input.dueDate === undefined ? undefined : dateOrNull(input.dueDate, 'dueDate'),
		status: input.status === undefined ? undefined : oneOf(input.status, ACTION_STATUSES, 'status'),
		priority:
			input.priority === undefined || input.priority === null
				? input.priority
				: finiteNumber(input.priority, 'priority', 0, 10)
	};
	const projects =
		input.projectIds === undefined ? undefined : checkIds(doc, input.projectIds, 'projects', 'projectIds');
	const indicators =
		input.indicatorIds === undefined
			? undefined
			: checkIds(doc, input.indicatorIds, 'indicators', 'indicatorIds');
	write(doc, () => {
		if (title) writeLocalized(action, 'title', title);
		if (description) writeRich(action, 'description', description);
		for (const [key, value] of Object.entries(fields)) if (value !== undefined) action.set(key, value);
		if (projects) replaceSet(action, 'projects', projects);
		if (indicators) replaceSet(action, 'indicators', indicators);
	});
}

/** Moves an action within its objective or to another objective (at `index`, default the end). */
export function moveAction(doc: Y.Doc, id: string, to: { objectiveId?: string; index?: number }): void {
	const action = getItem(doc, 'actions', id);
	const objectiveId =
		to.objectiveId === undefined
			? (action.get('objectiveId') as string)
			: checkObjective(doc, to.objectiveId);
	const actions = items(doc, 'actions');
	const order =
		to.index === undefined
			? orderAtEnd(actions, (item) => item !== action && item.get('objectiveId') === objectiveId)
			: orderAtIndex(
					actions,
					to.index,
					(other, item) => other !== id && item.get('objectiveId') === objectiveId
				);
	write(doc, () => {
		if (action.get('objectiveId') !== objectiveId) action.set('objectiveId', objectiveId);
		action.set('order', order);
	});
}

/** Removes an action. */
export function removeAction(doc: Y.Doc, id: string): void {
	getItem(doc, 'actions', id);
	write(doc, () => removeWithReferences(doc, [['actions', id]]));
}
