// Running a workshop: start it with an agenda and board columns, move through the steps with the
// shared timer, lead with "follow me", record who came and what was decided, and end it.
import type * as Y from 'yjs';
import { PlanError } from '../errors';
import { finiteNumber, oneOf, requiredText } from '../input';
import { items } from '../layout';
import { newId } from '../ids';
import {
	WORKSHOP_PARTS,
	getWorkshop,
	makeMap,
	part,
	requireRunning,
	runningWorkshopMap,
	workshopsMap
} from './layout';
import { paused } from './timer';
import { checkDefaultName } from './names';
import {
	WORKSHOP_PAGES,
	type AgendaStep,
	type Column,
	type Decision,
	type DecisionKind,
	type Participant,
	type Timer
} from './types';

export const MAX_TITLE = 200;
export const MAX_STEPS = 30;
export const MAX_COLUMNS = 12;
export const MAX_STEP_MINUTES = 480;

function title(value: unknown, field: string): string {
	return requiredText(value, field, MAX_TITLE);
}

function list(value: unknown, field: string, max: number): Record<string, unknown>[] {
	if (!Array.isArray(value) || value.length > max)
		throw new PlanError('invalid_value', field, `${field} must be a list of at most ${max}`);
	return value.map((entry, index) => {
		if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
			throw new PlanError('invalid_value', `${field}[${index}]`, `${field}[${index}] must be an object`);
		return entry as Record<string, unknown>;
	});
}

function keptId(value: unknown, existing: Y.Map<unknown>): string {
	return typeof value === 'string' && existing.has(value) ? value : newId();
}

function checkAgenda(value: unknown, existing: Y.Map<unknown>): AgendaStep[] {
	return list(value, 'agenda', MAX_STEPS).map((step, index) => ({
		id: keptId(step.id, existing),
		title: title(step.title, `agenda[${index}].title`),
		defaultName: checkDefaultName(step.defaultName, `agenda[${index}].defaultName`),
		minutes: Math.round(finiteNumber(step.minutes, `agenda[${index}].minutes`, 1, MAX_STEP_MINUTES)),
		page: oneOf(step.page, WORKSHOP_PAGES, `agenda[${index}].page`),
		order: index + 1
	}));
}

function checkColumns(doc: Y.Doc, value: unknown, existing: Y.Map<unknown>): Column[] {
	const columns = list(value, 'columns', MAX_COLUMNS).map((column, index) => {
		const lineId = column.lineId ?? null;
		if (lineId !== null && (typeof lineId !== 'string' || !items(doc, 'lines').has(lineId)))
			throw new PlanError('dangling_link', `columns[${index}].lineId`, `no line ${String(lineId)}`);
		return {
			id: keptId(column.id, existing),
			title: title(column.title, `columns[${index}].title`),
			defaultName: checkDefaultName(column.defaultName, `columns[${index}].defaultName`),
			order: index + 1,
			lineId
		};
	});
	if (columns.length === 0) throw new PlanError('required', 'columns', 'a board needs at least one column');
	return columns;
}

function replaceAll<T extends { id: string }>(map: Y.Map<unknown>, entries: T[]): void {
	const keep = new Set(entries.map((entry) => entry.id));
	for (const id of [...map.keys()]) if (!keep.has(id)) map.delete(id);
	for (const entry of entries) map.set(entry.id, entry);
}

/** Starts a workshop; `workshop_running` while another runs on the plan. Returns its id. */
export function startWorkshop(
	doc: Y.Doc,
	input: Record<string, unknown>,
	by: Participant,
	now: number
): string {
	if (runningWorkshopMap(doc))
		throw new PlanError('workshop_running', 'workshopId', 'a workshop is already running');
	const empty = makeMap({});
	const name = title(input.title, 'title');
	const agenda = checkAgenda(input.agenda ?? [], empty);
	const columns = checkColumns(doc, input.columns, empty);
	const id = newId();
	doc.transact(() => {
		const workshop = makeMap({
			id,
			title: name,
			state: 'running',
			startedAt: new Date(now).toISOString(),
			startedBy: by.username,
			startedByName: by.name,
			endedAt: null,
			timer: { stepId: null, startedAt: null, elapsed: 0 } satisfies Timer,
			follow: { on: false, by: null }
		});
		for (const name of WORKSHOP_PARTS) workshop.set(name, makeMap({}));
		workshopsMap(doc).set(id, workshop);
		for (const step of agenda) part(workshop, 'agenda').set(step.id, step);
		for (const column of columns) part(workshop, 'columns').set(column.id, column);
		attend(workshop, by, now);
	});
	return id;
}

/** Ends the running workshop: the timer stops, nobody follows any more. Returns its id and title. */
export function endWorkshop(doc: Y.Doc, now: number): { workshopId: string; title: string } {
	const workshop = requireRunning(doc);
	doc.transact(() => {
		workshop.set('timer', paused(workshop.get('timer') as Timer, now));
		workshop.set('follow', { on: false, by: null });
		workshop.set('state', 'ended');
		workshop.set('endedAt', new Date(now).toISOString());
	});
	return { workshopId: workshop.get('id') as string, title: workshop.get('title') as string };
}

/** Replaces the agenda; steps keep their ids (and the timer its step) when the input names them. */
export function setAgenda(doc: Y.Doc, input: Record<string, unknown>): void {
	const workshop = requireRunning(doc);
	const agenda = part(workshop, 'agenda');
	const steps = checkAgenda(input.agenda, agenda);
	doc.transact(() => {
		replaceAll(agenda, steps);
		const timer = workshop.get('timer') as Timer;
		if (timer.stepId !== null && !agenda.has(timer.stepId))
			workshop.set('timer', { stepId: null, startedAt: null, elapsed: 0 } satisfies Timer);
	});
}

/** Makes a step current and starts its timer from zero. */
export function goToStep(doc: Y.Doc, stepId: unknown, now: number): void {
	const workshop = requireRunning(doc);
	if (typeof stepId !== 'string' || !part(workshop, 'agenda').has(stepId))
		throw new PlanError('not_found', 'stepId', `no step ${String(stepId)}`);
	workshop.set('timer', { stepId, startedAt: now, elapsed: 0 } satisfies Timer);
}

export const TIMER_ACTIONS = ['start', 'pause', 'reset', 'add'] as const;

/** Starts (the first step when none is current), pauses, resets or lengthens the current step. */
export function changeTimer(doc: Y.Doc, input: Record<string, unknown>, now: number): void {
	const workshop = requireRunning(doc);
	const action = oneOf(input.action, TIMER_ACTIONS, 'action');
	const timer = workshop.get('timer') as Timer;
	const agenda = part<AgendaStep>(workshop, 'agenda');
	if (action === 'start') {
		if (timer.stepId === null) {
			const first = [...agenda.values()].sort((a, b) => a.order - b.order)[0];
			if (!first) throw new PlanError('required', 'agenda', 'the agenda has no steps');
			return void workshop.set('timer', { stepId: first.id, startedAt: now, elapsed: 0 } satisfies Timer);
		}
		if (timer.startedAt === null) workshop.set('timer', { ...timer, startedAt: now });
		return;
	}
	if (action === 'pause') {
		if (timer.startedAt !== null) workshop.set('timer', paused(timer, now));
		return;
	}
	if (action === 'reset')
		return void workshop.set('timer', { stepId: timer.stepId, startedAt: null, elapsed: 0 });
	const step = timer.stepId === null ? undefined : agenda.get(timer.stepId);
	if (!step) throw new PlanError('not_found', 'stepId', 'no step is current');
	const minutes = Math.round(finiteNumber(input.minutes ?? 1, 'minutes', -60, 60));
	agenda.set(step.id, { ...step, minutes: Math.min(MAX_STEP_MINUTES, Math.max(1, step.minutes + minutes)) });
}

/** Turns "follow me" on (led by `by`) or off. */
export function setFollow(doc: Y.Doc, on: unknown, by: Participant): void {
	const workshop = requireRunning(doc);
	if (typeof on !== 'boolean') throw new PlanError('invalid_value', 'on', 'on must be true or false');
	workshop.set('follow', on ? { on, by: by.id } : { on, by: null });
}

/** Replaces the board's columns; a column that still holds notes cannot go. */
export function setColumns(doc: Y.Doc, input: Record<string, unknown>): void {
	const workshop = requireRunning(doc);
	const columns = part(workshop, 'columns');
	const next = checkColumns(doc, input.columns, columns);
	const kept = new Set(next.map((column) => column.id));
	for (const note of part<{ columnId: string }>(workshop, 'notes').values())
		if (!kept.has(note.columnId))
			throw new PlanError('in_use', 'columns', 'a column with notes cannot be removed');
	doc.transact(() => replaceAll(columns, next));
}

function attend(workshop: Y.Map<unknown>, who: Participant, now: number): void {
	const attendees = part(workshop, 'attendees');
	if (!attendees.has(who.id))
		attendees.set(who.id, {
			id: who.id,
			name: who.name,
			role: who.role,
			joinedAt: new Date(now).toISOString()
		});
}

/** Notes that `who` came to the running workshop; false when none runs or they were already noted. */
export function recordAttendee(doc: Y.Doc, who: Participant, now: number): boolean {
	const workshop = runningWorkshopMap(doc);
	if (!workshop || part(workshop, 'attendees').has(who.id)) return false;
	doc.transact(() => attend(workshop, who, now));
	return true;
}

/** Whether `who` is already among the running workshop's attendees (or none runs). */
export function hasAttended(doc: Y.Doc, userId: string): boolean {
	const workshop = runningWorkshopMap(doc);
	return !workshop || part(workshop, 'attendees').has(userId);
}

export const MAX_DECISION = 2000;

/** Records a decision of the running workshop. */
export function recordDecision(
	doc: Y.Doc,
	input: { text: unknown; kind?: DecisionKind; ref?: string | null },
	by: Participant,
	now: number
): string {
	const workshop = requireRunning(doc);
	const text = requiredText(input.text, 'text', MAX_DECISION);
	const id = newId();
	const decision: Decision = {
		id,
		text,
		kind: input.kind ?? 'manual',
		byName: by.name,
		at: new Date(now).toISOString(),
		ref: input.ref ?? null
	};
	part(workshop, 'decisions').set(id, decision);
	return id;
}

export { getWorkshop };
