// The strategy as one outline of rows (line → objective → action) and the moves people make in it:
// by keyboard one step up or down (crossing into the neighbouring parent at the edges, so any item
// can reach any place by repeating the key), and by dragging a row onto another.
import type { PlanData } from '$lib/plan';

export type RowKind = 'line' | 'objective' | 'action';

/** One row of the outline, with where it sits among its siblings. */
export type Row = {
	kind: RowKind;
	id: string;
	/** The line of an objective, the objective of an action, null for a line. */
	parentId: string | null;
	index: number;
	/** How many siblings it has, itself included. */
	count: number;
};

/** A move, as the plan operations take it: into `parentId` at `index` among the others. */
export type Move = { kind: RowKind; id: string; parentId: string | null; index: number };

/** Every row of the outline, in reading order. */
export function outlineRows(plan: PlanData): Row[] {
	const rows: Row[] = [];
	const lines = plan.strategy.lines;
	lines.forEach((line, li) => {
		rows.push({ kind: 'line', id: line.id, parentId: null, index: li, count: lines.length });
		line.objectives.forEach((objective, oi) => {
			rows.push({
				kind: 'objective',
				id: objective.id,
				parentId: line.id,
				index: oi,
				count: line.objectives.length
			});
			objective.actions.forEach((action, ai) => {
				rows.push({
					kind: 'action',
					id: action.id,
					parentId: objective.id,
					index: ai,
					count: objective.actions.length
				});
			});
		});
	});
	return rows;
}

/**
 * `next`, with every row that sits where it sat in `previous` taken from `previous`: the page reads the
 * outline once per snapshot, and rows that are the same objects are not redrawn.
 */
export function keepRows(previous: readonly Row[], next: Row[]): Row[] {
	const before = new Map(previous.map((row) => [row.id, row]));
	return next.map((row) => {
		const old = before.get(row.id);
		const same =
			old &&
			old.kind === row.kind &&
			old.parentId === row.parentId &&
			old.index === row.index &&
			old.count === row.count;
		return same ? old : row;
	});
}

/** The parents a row of `kind` can sit in, in reading order: lines for objectives, objectives for actions. */
function parentsOf(plan: PlanData, kind: RowKind): { id: string; size: number }[] {
	if (kind === 'objective')
		return plan.strategy.lines.map((line) => ({ id: line.id, size: line.objectives.length }));
	if (kind === 'action') {
		return plan.strategy.lines.flatMap((line) =>
			line.objectives.map((objective) => ({ id: objective.id, size: objective.actions.length }))
		);
	}
	return [];
}

/**
 * One step up (`-1`) or down (`1`): past the neighbouring sibling, or at the edge of its parent into
 * the end of the previous (start of the next) parent. Null when there is nowhere to go.
 */
export function stepMove(plan: PlanData, row: Row, direction: -1 | 1): Move | null {
	const target = row.index + direction;
	if (target >= 0 && target < row.count)
		return { kind: row.kind, id: row.id, parentId: row.parentId, index: target };
	if (row.kind === 'line') return null;
	const parents = parentsOf(plan, row.kind);
	const at = parents.findIndex((parent) => parent.id === row.parentId);
	const next = parents[at + direction];
	if (!next) return null;
	return { kind: row.kind, id: row.id, parentId: next.id, index: direction < 0 ? next.size : 0 };
}

/** Where a dragged row lands when dropped on `target`: before or after it, or into it as its last child. */
export type DropPlace = 'before' | 'after' | 'inside';

/** The move a drop makes, or null when the dragged row cannot go there (an action onto a line). */
export function dropMove(dragged: Row, target: Row, place: DropPlace): Move | null {
	if (dragged.id === target.id) return null;
	if (place === 'inside') {
		const childOf: Record<RowKind, RowKind | null> = { line: 'objective', objective: 'action', action: null };
		if (childOf[target.kind] !== dragged.kind) return null;
		return { kind: dragged.kind, id: dragged.id, parentId: target.id, index: Number.MAX_SAFE_INTEGER };
	}
	if (dragged.kind !== target.kind) return null;
	// Indexes count the siblings without the dragged row, as the plan operations do.
	const sameParent = dragged.parentId === target.parentId;
	const targetIndex = sameParent && dragged.index < target.index ? target.index - 1 : target.index;
	const index = place === 'before' ? targetIndex : targetIndex + 1;
	if (sameParent && index === dragged.index) return null;
	return { kind: dragged.kind, id: dragged.id, parentId: target.parentId, index };
}
