// A project's funding lines: its budget is their sum. Years and step dates are each stored as one
// value so that concurrent edits cannot merge into a line that ends before it starts or is paid
// before it was decided.
import type * as Y from 'yjs';
import { PlanError } from './errors';
import { checkId, freshId } from './ids';
import { dateOrNull, finiteNumber, oneOf, optionalText, year } from './input';
import { defined, getItem, items, makeItem, write, type Item } from './layout';
import { orderAtEnd } from './order';
import { PLAN_BOUNDS } from './bounds';
import { FUNDING_SOURCES, FUNDING_STATES, type FundingSource, type FundingState } from './types';

/** Input of `addFundingLine`; without `id` a new random id is used. */
export type FundingLineInput = {
	id?: string;
	projectId: string;
	source?: FundingSource;
	measureId?: string | null;
	amount?: number;
	fromYear?: number | null;
	toYear?: number | null;
	state?: FundingState;
	appliedOn?: string | null;
	decidedOn?: string | null;
	paidOn?: string | null;
	note?: string;
};
/** Fields `updateFundingLine` may change; fields left undefined keep their value. */
export type FundingLineUpdate = Partial<Omit<FundingLineInput, 'id' | 'projectId'>>;

type Years = { from: number | null; to: number | null };
type StepDates = { applied: string | null; decided: string | null; paid: string | null };

const yearOrNull = (value: unknown, field: string) => (value === null ? null : year(value, field));

function checkYears(from: number | null, to: number | null): Years {
	if (from !== null && to !== null && to < from)
		throw new PlanError('date_order', 'toYear', 'a funding line cannot end before it starts');
	return { from, to };
}

function checkDates(dates: StepDates): StepDates {
	const steps = [
		['appliedOn', dates.applied],
		['decidedOn', dates.decided],
		['paidOn', dates.paid]
	] as const;
	let previous: string | null = null;
	for (const [field, date] of steps) {
		if (date === null) continue;
		if (previous !== null && date < previous)
			throw new PlanError('date_order', field, `${field} is before the step it follows`);
		previous = date;
	}
	return dates;
}

function storedYears(line: Item | undefined): Years {
	const value = (line?.get('years') ?? {}) as Partial<Years>;
	return { from: value.from ?? null, to: value.to ?? null };
}

function storedDates(line: Item | undefined): StepDates {
	const value = (line?.get('dates') ?? {}) as Partial<StepDates>;
	return { applied: value.applied ?? null, decided: value.decided ?? null, paid: value.paid ?? null };
}

/** The checked fields of `input`, years and dates merged with what `line` holds. */
function checkFields(input: FundingLineUpdate, line?: Item) {
	const source = input.source === undefined ? undefined : oneOf(input.source, FUNDING_SOURCES, 'source');
	const measureId =
		input.measureId === undefined || input.measureId === null
			? input.measureId
			: checkId(input.measureId, 'measureId');
	const stored = storedYears(line);
	const years =
		input.fromYear === undefined && input.toYear === undefined
			? undefined
			: checkYears(
					input.fromYear === undefined ? stored.from : yearOrNull(input.fromYear, 'fromYear'),
					input.toYear === undefined ? stored.to : yearOrNull(input.toYear, 'toYear')
				);
	const was = storedDates(line);
	const dates =
		input.appliedOn === undefined && input.decidedOn === undefined && input.paidOn === undefined
			? undefined
			: checkDates({
					applied: input.appliedOn === undefined ? was.applied : dateOrNull(input.appliedOn, 'appliedOn'),
					decided: input.decidedOn === undefined ? was.decided : dateOrNull(input.decidedOn, 'decidedOn'),
					paid: input.paidOn === undefined ? was.paid : dateOrNull(input.paidOn, 'paidOn')
				});
	return {
		source,
		measureId,
		amount:
			input.amount === undefined ? undefined : finiteNumber(input.amount, 'amount', 0, PLAN_BOUNDS.amount),
		years,
		state: input.state === undefined ? undefined : oneOf(input.state, FUNDING_STATES, 'state'),
		dates,
		note: optionalText(input.note, 'note')
	};
}

/** Only a line on state support names a measure: another source clears it in the same change. */
function withMeasureRule<T extends { source?: FundingSource; measureId?: string | null }>(
	fields: T,
	storedSource: FundingSource | undefined
): T {
	const source = fields.source ?? storedSource;
	return source !== undefined && source !== 'state_support' ? { ...fields, measureId: null } : fields;
}

/** The lines of project `projectId`, in their order. */
export function linesOf(doc: Y.Doc, projectId: string): [string, Item][] {
	const lines: [string, Item][] = [];
	items(doc, 'funding').forEach((line, id) => {
		if (line.get('projectId') === projectId) lines.push([id, line]);
	});
	const order = (line: Item) => (typeof line.get('order') === 'number' ? (line.get('order') as number) : 0);
	return lines.sort(([a, x], [b, y]) => order(x) - order(y) || (a < b ? -1 : a > b ? 1 : 0));
}

/** The item of a new line; for `addFundingLine` and for operations that write one inside their own change. */
export function makeFundingLine(doc: Y.Doc, input: FundingLineInput): [string, Item] {
	const id = freshId(doc, input.id);
	const fields = withMeasureRule(checkFields(input), undefined);
	const funding = items(doc, 'funding');
	const item = makeItem({
		projectId: input.projectId,
		source: 'own_funds',
		measureId: null,
		amount: 0,
		years: { from: null, to: null },
		state: 'planned',
		dates: { applied: null, decided: null, paid: null },
		note: '',
		...defined(fields),
		order: orderAtEnd(funding)
	});
	return [id, item];
}

/** Adds a funding line to a project and returns its id. */
export function addFundingLine(doc: Y.Doc, input: FundingLineInput): string {
	getItem(doc, 'projects', checkId(input.projectId, 'projectId'));
	const [id, item] = makeFundingLine(doc, input);
	write(doc, () => items(doc, 'funding').set(id, item));
	return id;
}

/** Writes checked `input` into an existing line; call inside a transaction. */
export function writeFundingLine(line: Item, input: FundingLineUpdate): void {
	const fields = withMeasureRule(checkFields(input, line), line.get('source') as FundingSource);
	for (const [key, value] of Object.entries(fields)) if (value !== undefined) line.set(key, value);
}

/** Changes a funding line. */
export function updateFundingLine(doc: Y.Doc, id: string, input: FundingLineUpdate): void {
	const line = getItem(doc, 'funding', id);
	// Checked before the transaction so that a refusal writes nothing.
	withMeasureRule(checkFields(input, line), line.get('source') as FundingSource);
	write(doc, () => writeFundingLine(line, input));
}

/** Removes a funding line; the project's budget is then the sum of the others. */
export function removeFundingLine(doc: Y.Doc, id: string): void {
	getItem(doc, 'funding', id);
	write(doc, () => items(doc, 'funding').delete(id));
}
