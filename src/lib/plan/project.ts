// Projects: the cluster's investment and cooperation projects, with lead firm, partners, period,
// status and priority. The budget is the sum of the project's funding lines (`funding.ts`); a budget
// and source typed for the whole project write its one line.
import type * as Y from 'yjs';
import { PlanError } from './errors';
import { freshId } from './ids';
import { dateOrNull, finiteNumber, oneOf } from './input';
import { fundingLineIdFor } from './funding-id';
import { linesOf, makeFundingLine, writeFundingLine } from './funding';
import { checkIds, defined, getItem, items, makeIdSet, makeItem, replaceSet, write } from './layout';
import { removeWithReferences } from './links';
import {
	checkLocalized,
	checkDescription,
	localizedFields,
	readLocalized,
	writeLocalized,
	type LocalizedInput
} from './localized';
import { orderAtEnd } from './order';
import { writeRich } from './rich-text';
import { FUNDING_SOURCES, PROJECT_STATUSES, type FundingSource, type ProjectStatus } from './types';

/** Input of `addProject`; without `id` a new random id is used. */
export type ProjectInput = {
	id?: string;
	title: LocalizedInput;
	description?: LocalizedInput;
	leadActorId?: string | null;
	partnerIds?: string[];
	budget?: number;
	fundingSource?: FundingSource;
	start?: string | null;
	end?: string | null;
	status?: ProjectStatus;
	priority?: number;
	objectiveIds?: string[];
};
/** Fields `updateProject` may change; fields left undefined keep their value. */
export type ProjectUpdate = Partial<Omit<ProjectInput, 'id'>>;

/** Start and end are stored as one value so that concurrent edits cannot merge into end < start. */
type Period = { start: string | null; end: string | null };

function checkPeriod(start: string | null, end: string | null): Period {
	if (start !== null && end !== null && end < start) {
		throw new PlanError('date_order', 'end', 'a project cannot end before it starts');
	}
	return { start, end };
}

function checkFields(doc: Y.Doc, input: ProjectUpdate) {
	const lead = input.leadActorId;
	if (lead !== undefined && lead !== null && !items(doc, 'actors').has(lead)) {
		throw new PlanError('dangling_link', 'leadActorId', `no actor ${lead}`);
	}
	return {
		leadActorId: lead,
		status: input.status === undefined ? undefined : oneOf(input.status, PROJECT_STATUSES, 'status'),
		priority: input.priority === undefined ? undefined : finiteNumber(input.priority, 'priority', 0, 10)
	};
}

/** The one line a budget typed for the whole project goes to, or why there is none. */
function wholeBudget(input: ProjectUpdate) {
	if (input.budget === undefined && input.fundingSource === undefined) return undefined;
	return {
		amount: input.budget === undefined ? undefined : finiteNumber(input.budget, 'budget', 0),
		source:
			input.fundingSource === undefined
				? undefined
				: oneOf(input.fundingSource, FUNDING_SOURCES, 'fundingSource')
	};
}

/** Adds a project and returns its id. */
export function addProject(doc: Y.Doc, input: ProjectInput): string {
	const id = freshId(doc, input.id);
	const title = checkLocalized(input.title ?? '', 'title', true);
	const description = checkDescription(input.description ?? {});
	const fields = checkFields(doc, input);
	const partners = checkIds(doc, input.partnerIds ?? [], 'actors', 'partnerIds');
	const objectives = checkIds(doc, input.objectiveIds ?? [], 'objectives', 'objectiveIds');
	const period = checkPeriod(dateOrNull(input.start ?? null, 'start'), dateOrNull(input.end ?? null, 'end'));
	const budget = wholeBudget(input);
	const projects = items(doc, 'projects');
	write(doc, () => {
		const item = makeItem({
			...localizedFields('title', title),
			leadActorId: null,
			status: 'proposed',
			priority: 5,
			...defined(fields),
			period,
			partners: makeIdSet(partners),
			objectives: makeIdSet(objectives),
			order: orderAtEnd(projects)
		});
		projects.set(id, item);
		writeRich(item, 'description', description);
		if (budget) addWholeLine(doc, id, budget);
	});
	return id;
}

/** Changes a project's fields; `start`/`end` are checked against the stored other end. */
export function updateProject(doc: Y.Doc, id: string, input: ProjectUpdate): void {
	const project = getItem(doc, 'projects', id);
	const title =
		input.title === undefined
			? undefined
			: checkLocalized(input.title, 'title', true, readLocalized(project, 'title'));
	const description = input.description === undefined ? undefined : checkDescription(input.description);
	const fields = checkFields(doc, input);
	const partners =
		input.partnerIds === undefined ? undefined : checkIds(doc, input.partnerIds, 'actors', 'partnerIds');
	const objectives =
		input.objectiveIds === undefined
			? undefined
			: checkIds(doc, input.objectiveIds, 'objectives', 'objectiveIds');
	const stored = (project.get('period') ?? { start: null, end: null }) as Period;
	const period =
		input.start === undefined && input.end === undefined
			? undefined
			: checkPeriod(
					input.start === undefined ? stored.start : dateOrNull(input.start, 'start'),
					input.end === undefined ? stored.end : dateOrNull(input.end, 'end')
				);
	const budget = wholeBudget(input);
	const lines = linesOf(doc, id);
	if (budget && lines.length > 1) {
		const field = input.budget === undefined ? 'fundingSource' : 'budget';
		throw new PlanError('funding_lines', field, 'the budget is the sum of several lines: change a line');
	}
	write(doc, () => {
		if (budget) {
			if (lines.length === 1) writeFundingLine(lines[0]![1], budget);
			else addWholeLine(doc, id, budget);
		}
		if (title) writeLocalized(project, 'title', title);
		if (description) writeRich(project, 'description', description);
		for (const [key, value] of Object.entries({ ...fields, period })) {
			if (value !== undefined) project.set(key, value);
		}
		if (partners) replaceSet(project, 'partners', partners);
		if (objectives) replaceSet(project, 'objectives', objectives);
	});
}

function addWholeLine(doc: Y.Doc, projectId: string, budget: NonNullable<ReturnType<typeof wholeBudget>>) {
	const [lineId, line] = makeFundingLine(doc, {
		id: fundingLineIdFor(doc, projectId),
		projectId,
		amount: budget.amount,
		source: budget.source
	});
	items(doc, 'funding').set(lineId, line);
}

/** Removes a project and every link to it (map nodes, indicators). */
export function removeProject(doc: Y.Doc, id: string): void {
	getItem(doc, 'projects', id);
	write(doc, () => removeWithReferences(doc, [['projects', id]]));
}
