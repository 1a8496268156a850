// What the outline's keys, buttons and drops do to the plan. Each returns the refusal's code (to
// explain next to the outline) or null when done.
import type * as Y from 'yjs';
import {
	addAction,
	addLine,
	addObjective,
	indent,
	moveAction,
	moveLine,
	moveObjective,
	outdent,
	removeAction,
	removeLine,
	removeObjective,
	type LocalizedInput,
	type PlanErrorCode
} from '$lib/plan';
import { attempt } from '$lib/components/map/attempt';
import type { Move, RowKind } from './outline';

export function applyMove(doc: Y.Doc, move: Move): PlanErrorCode | null {
	return attempt(() => {
		if (move.kind === 'line') moveLine(doc, move.id, move.index);
		else if (move.kind === 'objective')
			moveObjective(doc, move.id, { lineId: move.parentId!, index: move.index });
		else moveAction(doc, move.id, { objectiveId: move.parentId!, index: move.index });
	});
}

export function removeRow(doc: Y.Doc, kind: RowKind, id: string): PlanErrorCode | null {
	return attempt(() => {
		if (kind === 'line') removeLine(doc, id);
		else if (kind === 'objective') removeObjective(doc, id);
		else removeAction(doc, id);
	});
}

export function indentRow(doc: Y.Doc, id: string, direction: 'in' | 'out'): PlanErrorCode | null {
	return attempt(() => (direction === 'in' ? indent(doc, id) : outdent(doc, id)));
}

/** Adds a child of `parent` (a line under the plan when `parent` is null) and returns its id. */
export function addRow(
	doc: Y.Doc,
	parent: { kind: 'plan' | 'line' | 'objective'; id: string | null },
	title: LocalizedInput
): { id: string | null; error: PlanErrorCode | null } {
	let id: string | null = null;
	const error = attempt(() => {
		if (parent.kind === 'plan') id = addLine(doc, { title });
		else if (parent.kind === 'line') id = addObjective(doc, { lineId: parent.id!, title });
		else id = addAction(doc, { objectiveId: parent.id!, title });
	});
	return { id, error };
}
