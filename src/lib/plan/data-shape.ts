// The shape of a `PlanData` that did not come from `snapshot` a moment ago (a version's stored data):
// every list a list, every field of the kind pages, the diff and the exports read, every text within
// the plan's bounds. `validatePlan` then checks the references; it assumes this shape and would throw
// on anything else, so this check comes first.
import { PLAN_BOUNDS } from './bounds';
import { LANGS, isLang } from './localized';
import type { PlanData } from './types';

type Kind =
	| 'text'
	| 'text?'
	| 'text or absent'
	| 'number'
	| 'number?'
	| 'flag'
	| 'localized'
	| 'ids'
	| 'targets'
	| 'link?'
	| 'outdated?';
type Shape = { readonly [field: string]: Kind | { list: Shape } };

// Descriptions are read as plain text from rich text: the longest text a plan holds.
const MAX_TEXT = PLAN_BOUNDS.richText;

const STAGE: Shape = { id: 'text', title: 'localized', order: 'number' };
const NODE: Shape = {
	id: 'text',
	kind: 'text',
	label: 'localized',
	actorId: 'text?',
	stageId: 'text?',
	notes: 'text',
	owner: 'text',
	x: 'number',
	y: 'number',
	objectiveIds: 'ids',
	projectIds: 'ids'
};
const EDGE: Shape = { id: 'text', source: 'text', target: 'text', kind: 'text', label: 'text' };
const ACTOR: Shape = {
	id: 'text',
	name: 'localized',
	kind: 'text',
	member: 'flag',
	notes: 'text',
	participantId: 'text or absent'
};
const ACTION: Shape = {
	id: 'text',
	title: 'localized',
	description: 'localized',
	owner: 'text',
	dueDate: 'text?',
	status: 'text',
	priority: 'number?',
	order: 'number',
	projectIds: 'ids',
	indicatorIds: 'ids',
	outdated: 'outdated?'
};
const OBJECTIVE: Shape = {
	id: 'text',
	title: 'localized',
	description: 'localized',
	assumptions: 'localized',
	order: 'number',
	actions: { list: ACTION },
	outdated: 'outdated?'
};
const LINE: Shape = {
	id: 'text',
	title: 'localized',
	description: 'localized',
	order: 'number',
	objectives: { list: OBJECTIVE },
	outdated: 'outdated?'
};
const FUNDING_LINE: Shape = {
	id: 'text',
	source: 'text',
	measureId: 'text?',
	amount: 'number',
	fromYear: 'number?',
	toYear: 'number?',
	state: 'text',
	appliedOn: 'text?',
	decidedOn: 'text?',
	paidOn: 'text?',
	note: 'text',
	order: 'number'
};
const PROJECT: Shape = {
	id: 'text',
	title: 'localized',
	description: 'localized',
	leadActorId: 'text?',
	partnerIds: 'ids',
	budget: 'number',
	fundingSource: 'text',
	// Data saved before funding lines is read with one line (`funding-upgrade.ts`) before this check.
	funding: { list: FUNDING_LINE },
	start: 'text?',
	end: 'text?',
	status: 'text',
	priority: 'number',
	objectiveIds: 'ids',
	outdated: 'outdated?'
};
const INDICATOR: Shape = {
	id: 'text',
	code: 'text',
	name: 'localized',
	level: 'text',
	unit: 'localized',
	baseline: 'number?',
	baselineYear: 'number?',
	targets: 'targets',
	cumulative: 'flag',
	frequency: 'text',
	source: 'text',
	responsible: 'text',
	link: 'link?',
	formula: 'text?',
	outdated: 'outdated?'
};
const COMMENT: Shape = {
	id: 'text',
	anchorId: 'text',
	replyTo: 'text?',
	author: 'text',
	authorName: 'text',
	text: 'text',
	mentions: 'ids',
	createdAt: 'text',
	editedAt: 'text?',
	deleted: 'flag',
	resolved: 'flag',
	resolvedBy: 'text',
	orphaned: 'flag'
};

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown, max = MAX_TEXT) => typeof value === 'string' && value.length <= max;
const isNumber = (value: unknown) => typeof value === 'number' && Number.isFinite(value);

function kindOk(kind: Kind, value: unknown): boolean {
	switch (kind) {
		case 'text':
			return isText(value);
		case 'text?':
			return value === null || isText(value);
		case 'text or absent':
			// A link absent from data saved before it, and from an item that has none.
			return value === undefined || isText(value);
		case 'number':
			return isNumber(value);
		case 'number?':
			return value === null || isNumber(value);
		case 'flag':
			return typeof value === 'boolean';
		case 'localized':
			return isObject(value) && LANGS.every((lang) => isText(value[lang]));
		case 'ids':
			return (
				Array.isArray(value) && value.length <= PLAN_BOUNDS.itemsPerPlan && value.every((id) => isText(id))
			);
		case 'targets':
			return (
				isObject(value) &&
				Object.keys(value).length <= PLAN_BOUNDS.targets &&
				Object.values(value).every(isNumber)
			);
		case 'outdated?':
			// Marks of possibly outdated translations (`outdated.ts`), absent from data saved before them.
			return (
				value === undefined ||
				(isObject(value) &&
					Object.values(value).every(
						(langs) =>
							isObject(langs) &&
							Object.entries(langs).every(([lang, changed]) => isLang(lang) && isLang(changed))
					))
			);
		case 'link?':
			return (
				value === null ||
				(isObject(value) && (value.kind === 'objective' || value.kind === 'project') && isText(value.id))
			);
	}
}

function listProblem(value: unknown, shape: Shape, path: string): string | null {
	if (!Array.isArray(value)) return `${path} is not a list`;
	if (value.length > PLAN_BOUNDS.itemsPerPlan) return `${path} holds too many items`;
	for (let i = 0; i < value.length; i++) {
		const problem = itemProblem(value[i], shape, `${path}[${i}]`);
		if (problem) return problem;
	}
	return null;
}

function itemProblem(value: unknown, shape: Shape, path: string): string | null {
	if (!isObject(value)) return `${path} is not an object`;
	for (const [field, kind] of Object.entries(shape)) {
		const at = `${path}.${field}`;
		if (typeof kind === 'object') {
			const problem = listProblem(value[field], kind.list, at);
			if (problem) return problem;
		} else if (!kindOk(kind, value[field])) return `${at} is not ${kind}`;
	}
	return null;
}

const PLAN: Shape = {
	id: 'text',
	title: 'localized',
	outdated: 'outdated?',
	projects: { list: PROJECT },
	indicators: { list: INDICATOR },
	actors: { list: ACTOR },
	comments: { list: COMMENT }
};

/**
 * The first place where `value` is not shaped as a `PlanData` (`projects[2].budget is not number`),
 * or null when it is: what may be handed to `validatePlan` and read by pages, the diff and exports.
 */
export function planDataProblem(value: unknown): string | null {
	const problem = itemProblem(value, PLAN, 'plan');
	if (problem) return problem;
	const { map, strategy, indicators } = value as Record<string, unknown> & Pick<PlanData, 'indicators'>;
	if (!isObject(map)) return 'plan.map is not an object';
	const mapProblem =
		listProblem(map.stages, STAGE, 'plan.map.stages') ??
		listProblem(map.nodes, NODE, 'plan.map.nodes') ??
		listProblem(map.edges, EDGE, 'plan.map.edges');
	if (mapProblem) return mapProblem;
	if (!isObject(strategy)) return 'plan.strategy is not an object';
	if (!kindOk('localized', strategy.vision)) return 'plan.strategy.vision is not localized';
	if (!kindOk('localized', strategy.mission)) return 'plan.strategy.mission is not localized';
	if (!kindOk('outdated?', strategy.outdated)) return 'plan.strategy.outdated is not outdated?';
	const linesProblem = listProblem(strategy.lines, LINE, 'plan.strategy.lines');
	if (linesProblem) return linesProblem;
	// The monitoring totals parse formulas: one past the plan's bound is not a formula it wrote.
	const long = indicators.findIndex(
		(i) => i.formula !== null && i.formula.length > PLAN_BOUNDS.formulaLength
	);
	return long === -1 ? null : `plan.indicators[${long}].formula is too long`;
}
