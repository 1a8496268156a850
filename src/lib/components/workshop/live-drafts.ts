// The agenda and the board columns as a facilitator edits them before sending: plain rows with a
// key of their own, so a row keeps its inputs (and focus) while rows move around it.
import { m } from '$lib/paraglide/messages';
import type { AgendaStep, WorkshopPage } from '$lib/plan/workshop';
import type { Line } from '$lib/plan';
import { plain } from '$lib/components/ui/localized';

export type DraftStep = { key: string; id?: string; title: string; minutes: number; page: WorkshopPage };
export type DraftColumn = { key: string; title: string; lineId: string | null };
export type ColumnPreset = 'swot' | 'lines' | 'custom';

let counter = 0;
function key(): string {
	counter += 1;
	return `draft-${counter}`;
}

export function newStep(title = '', minutes = 15, page: WorkshopPage = 'board'): DraftStep {
	return { key: key(), title, minutes, page };
}

/** The running agenda as rows to edit; ids go back, so the server keeps each step (and the timer on it). */
export function stepsOf(agenda: readonly AgendaStep[]): DraftStep[] {
	return agenda.map((step) => ({
		key: key(),
		id: step.id,
		title: step.title,
		minutes: step.minutes,
		page: step.page
	}));
}

/** What the `start` and `agenda` requests take. */
export function agendaOf(steps: readonly DraftStep[]) {
	return steps.map(({ id, title, minutes, page }) => ({
		...(id ? { id } : {}),
		title: title.trim(),
		minutes,
		page
	}));
}

export function newColumn(title = '', lineId: string | null = null): DraftColumn {
	return { key: key(), title, lineId };
}

/** The columns a preset starts from: SWOT in the reader's language, or one column per strategic line. */
export function presetColumns(preset: ColumnPreset, lines: readonly Line[]): DraftColumn[] {
	if (preset === 'swot')
		return [
			m.workshop_live_swot_strengths(),
			m.workshop_live_swot_weaknesses(),
			m.workshop_live_swot_opportunities(),
			m.workshop_live_swot_threats()
		].map((title) => newColumn(title));
	if (preset === 'lines')
		return lines.map((line, i) =>
			newColumn(plain(line.title).trim() || `${m.workshop_live_custom_column()} ${i + 1}`, line.id)
		);
	return [newColumn(m.workshop_live_custom_column())];
}

/** `list` with the row at `index` moved by `delta` places (kept inside the list). */
export function moved<T>(list: readonly T[], index: number, delta: number): T[] {
	const to = Math.min(list.length - 1, Math.max(0, index + delta));
	const next = [...list];
	const [row] = next.splice(index, 1);
	next.splice(to, 0, row!);
	return next;
}
