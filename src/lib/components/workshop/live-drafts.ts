// The agenda and the board columns as a facilitator edits them before sending: plain rows with a
// key of their own, so a row keeps its inputs (and focus) while rows move around it. A row with a
// default name ("Brainstorm", the SWOT columns) is sent as that default while its title is still
// the default's words, so each reader sees it in their own language.
import { m } from '$lib/paraglide/messages';
import type { AgendaStep, DefaultName, WorkshopPage } from '$lib/plan/workshop';
import type { Line } from '$lib/plan';
import { plain } from '$lib/components/ui/localized';
import { defaultNameOf, defaultNameText, keptDefaultName, workshopName } from '$lib/workshop-names';

export type DraftStep = {
	key: string;
	id?: string;
	title: string;
	defaultName: DefaultName | null;
	minutes: number;
	page: WorkshopPage;
};
export type DraftColumn = {
	key: string;
	title: string;
	lineId: string | null;
	defaultName: DefaultName | null;
};
export type ColumnPreset = 'swot' | 'lines' | 'custom';

let counter = 0;
function key(): string {
	counter += 1;
	return `draft-${counter}`;
}

export function newStep(title = '', minutes = 15, page: WorkshopPage = 'board'): DraftStep {
	return { key: key(), title, defaultName: null, minutes, page };
}

/** The first step a new agenda has: "Brainstorm" on the board, for twenty minutes. */
export function firstStep(): DraftStep {
	return { ...newStep(defaultNameText('agenda.brainstorm'), 20, 'board'), defaultName: 'agenda.brainstorm' };
}

/** The running agenda as rows to edit; ids go back, so the server keeps each step (and the timer on it). */
export function stepsOf(agenda: readonly AgendaStep[]): DraftStep[] {
	return agenda.map((step) => ({
		key: key(),
		id: step.id,
		title: workshopName(step),
		defaultName: defaultNameOf(step),
		minutes: step.minutes,
		page: step.page
	}));
}

/** What the `start` and `agenda` requests take. */
export function agendaOf(steps: readonly DraftStep[]) {
	return steps.map((step) => ({
		...(step.id ? { id: step.id } : {}),
		title: step.title.trim(),
		defaultName: keptDefaultName(step),
		minutes: step.minutes,
		page: step.page
	}));
}

/** What the `start` request takes for the board's columns. */
export function columnsOf(columns: readonly DraftColumn[]) {
	return columns.map((column) => ({
		title: column.title.trim(),
		defaultName: keptDefaultName(column),
		lineId: column.lineId
	}));
}

export function newColumn(
	title = '',
	lineId: string | null = null,
	defaultName: DefaultName | null = null
): DraftColumn {
	return { key: key(), title, lineId, defaultName };
}

const defaultColumn = (name: DefaultName) => newColumn(defaultNameText(name), null, name);

/** The columns a preset starts from: SWOT in the reader's language, or one column per strategic line. */
export function presetColumns(preset: ColumnPreset, lines: readonly Line[]): DraftColumn[] {
	if (preset === 'swot')
		return (['swot.strengths', 'swot.weaknesses', 'swot.opportunities', 'swot.threats'] as const).map(
			defaultColumn
		);
	if (preset === 'lines')
		return lines.map((line, i) =>
			newColumn(plain(line.title).trim() || `${m.workshop_live_custom_column()} ${i + 1}`, line.id)
		);
	return [defaultColumn('column.ideas')];
}

/** `list` with the row at `index` moved by `delta` places (kept inside the list). */
export function moved<T>(list: readonly T[], index: number, delta: number): T[] {
	const to = Math.min(list.length - 1, Math.max(0, index + delta));
	const next = [...list];
	const [row] = next.splice(index, 1);
	next.splice(to, 0, row!);
	return next;
}
