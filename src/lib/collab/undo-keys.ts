// Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y on a plan page undo and redo this person's own plan changes, except
// inside text fields and dialogs, where the browser's or the rich-text editor's own undo applies.
import type { PlanSession } from './plan-session.svelte';

export function undoKeys(session: PlanSession, event: KeyboardEvent): void {
	if (!session.canEdit || !(event.ctrlKey || event.metaKey)) return;
	if ((event.target as HTMLElement).closest('input, textarea, select, [contenteditable], dialog')) return;
	const key = event.key.toLowerCase();
	if (key === 'z' && !event.shiftKey) session.undo.undo();
	else if ((key === 'z' && event.shiftKey) || key === 'y') session.undo.redo();
	else return;
	event.preventDefault();
}
