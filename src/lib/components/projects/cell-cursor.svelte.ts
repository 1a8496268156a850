// Which cell of the projects table has the keyboard (one cell is in the Tab order at a time, the
// arrows move it) and which one is open for editing. One editor at a time, so a 500-row table
// holds plain text everywhere else. The field being edited is shared with the others through
// presence (`<projectId>:<column>`), so they see the cell is taken.
import type { Presence } from '$lib/collab/presence.svelte';
import type { EditColumn } from './project-labels';

/** A cell: a project's column in one group (a project linked to two objectives shows twice). */
export type CellRef = { group: string; id: string; col: EditColumn };

/** The presence key of a project's field, as the other editors of the plan write it. */
export function fieldKey(id: string, col: EditColumn): string {
	return `${id}:${col}`;
}

function same(a: CellRef | null, b: CellRef | null): boolean {
	return a?.group === b?.group && a?.id === b?.id && a?.col === b?.col;
}

/** The table cell of `ref`, or the same project's cell in another group if it has moved there. */
export function cellElement(ref: CellRef): HTMLElement | null {
	const row = `[data-project="${CSS.escape(ref.id)}"]`;
	const col = `[data-col="${ref.col}"]`;
	return (
		document.querySelector<HTMLElement>(`[data-group="${CSS.escape(ref.group)}"] ${row} ${col}`) ??
		document.querySelector<HTMLElement>(`${row} ${col}`)
	);
}

export class CellCursor {
	/** The cell in the Tab order; null until someone moves into the table. */
	active = $state.raw<CellRef | null>(null);
	/** The cell whose control is open. */
	editing = $state.raw<CellRef | null>(null);

	constructor(readonly presence: Presence) {}

	select(ref: CellRef) {
		if (!same(this.active, ref)) this.active = ref;
	}

	edit(ref: CellRef) {
		this.active = ref;
		this.editing = ref;
		this.presence.share({ field: fieldKey(ref.id, ref.col) });
	}

	/** Closes the editor; with `refocus`, the keyboard goes back to its cell. */
	stop(refocus: boolean) {
		const ref = this.editing;
		if (!ref) return;
		this.editing = null;
		this.presence.share({ field: null });
		if (!refocus) return;
		cellElement(ref)?.focus();
		// An edit that moves the row to another group redraws it there on the next frame.
		requestAnimationFrame(() =>
			requestAnimationFrame(() => {
				if (document.activeElement === document.body) cellElement(ref)?.focus();
			})
		);
	}
}
