// What the projects page shows of the plan's projects: sorted, filtered and grouped, with budget
// totals by funding source. Plain functions over a snapshot, so the page derives its rows once per
// change and the tests can check the numbers exactly.
import {
	FUNDING_SOURCES,
	PROJECT_STATUSES,
	emptyLocalized,
	textIn,
	type FundingSource,
	type Lang,
	type Localized,
	type Objective,
	type PlanData,
	type Project,
	type ProjectStatus
} from '$lib/plan';

/** Columns the table sorts by. */
export const SORT_COLUMNS = [
	'title',
	'lead',
	'budget',
	'funding',
	'start',
	'end',
	'status',
	'priority'
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';
/** Null keeps the plan's own order. */
export type Sort = { column: SortColumn; direction: SortDirection } | null;

/** Stands for "linked to no objective" in the objective filter; never a valid id (ids have no `!`). */
export const WITHOUT_OBJECTIVE = '!none';

export type ProjectFilter = {
	/** Words that must all occur in a title (any language), the lead's or a partner's name. */
	text: string;
	/** Empty: every status. */
	statuses: ProjectStatus[];
	/** Empty: every funding source. */
	funding: FundingSource[];
	/** An objective id, `WITHOUT_OBJECTIVE`, or null for any. */
	objective: string | null;
};

export const GROUPINGS = ['none', 'objective', 'status'] as const;
export type Grouping = (typeof GROUPINGS)[number];

export type ProjectQuery = { sort: Sort; filter: ProjectFilter; groupBy: Grouping };

export const emptyFilter: ProjectFilter = { text: '', statuses: [], funding: [], objective: null };
export const defaultQuery: ProjectQuery = { sort: null, filter: emptyFilter, groupBy: 'none' };

/** Budget of a set of projects, overall and by funding source. */
export type BudgetTotals = { count: number; budget: number; bySource: Record<FundingSource, number> };

/** One group of rows: all of them, one objective's, the unlinked ones, or one status's. */
export type ProjectGroup =
	| { kind: 'all'; key: string; rows: Project[]; totals: BudgetTotals }
	| { kind: 'objective'; key: string; objective: Objective; rows: Project[]; totals: BudgetTotals }
	| { kind: 'no_objective'; key: string; rows: Project[]; totals: BudgetTotals }
	| { kind: 'status'; key: string; status: ProjectStatus; rows: Project[]; totals: BudgetTotals };

export type ProjectView = {
	/** The filtered rows in sorted order, each once. */
	rows: Project[];
	/** Rows by group; a project linked to two objectives is in both of their groups. */
	groups: ProjectGroup[];
	/** Totals of `rows`: each project counted once however many groups show it. */
	totals: BudgetTotals;
};

/** Lookups a view needs from the plan: actor names and the objectives in the strategy's order. */
export type PlanIndex = { actorNames: Map<string, Localized>; objectives: Map<string, Objective> };

export function planIndex(plan: PlanData): PlanIndex {
	const objectives = new Map<string, Objective>();
	for (const line of plan.strategy.lines) {
		for (const objective of line.objectives) objectives.set(objective.id, objective);
	}
	return { actorNames: new Map(plan.actors.map((actor) => [actor.id, actor.name])), objectives };
}

export function budgetTotals(rows: readonly Project[]): BudgetTotals {
	const bySource = Object.fromEntries(FUNDING_SOURCES.map((source) => [source, 0])) as Record<
		FundingSource,
		number
	>;
	let budget = 0;
	for (const project of rows) {
		budget += project.budget;
		// A project drawing on several sources counts each line under its own.
		for (const line of project.funding) bySource[line.source] += line.amount;
	}
	return { count: rows.length, budget, bySource };
}

/** The words of a search, lower-cased; blank input gives none. */
function words(text: string): string[] {
	return text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
}

/** The objectives a project is linked to that still exist, in the strategy's order. */
export function linkedObjectives(project: Project, index: PlanIndex): Objective[] {
	if (project.objectiveIds.length === 0) return [];
	const wanted = new Set(project.objectiveIds);
	return [...index.objectives.values()].filter((objective) => wanted.has(objective.id));
}

function hasObjective(project: Project, index: PlanIndex): boolean {
	return project.objectiveIds.some((id) => index.objectives.has(id));
}

/** Precomputed rows by project id (`ProjectRows`): their sort keys and search text are used when given. */
export type RowLookup = ReadonlyMap<string, { keys: Record<SortColumn, SortKey>; search: string }>;

/** What the text filter looks in: the title in every language and the lead's and partners' names. */
export function searchText(project: Project, index: PlanIndex): string {
	const names = [project.leadActorId, ...project.partnerIds].map((id) =>
		id === null ? [] : Object.values(index.actorNames.get(id) ?? {})
	);
	return [project.title.ru, project.title.kk, project.title.en, ...names.flat()]
		.join('\n')
		.toLocaleLowerCase();
}

export function filterProjects(
	projects: readonly Project[],
	filter: ProjectFilter,
	index: PlanIndex,
	rows?: RowLookup
): Project[] {
	const wanted = words(filter.text);
	const statuses = new Set(filter.statuses);
	const funding = new Set(filter.funding);
	return projects.filter((project) => {
		if (statuses.size > 0 && !statuses.has(project.status)) return false;
		if (funding.size > 0 && !project.funding.some((line) => funding.has(line.source))) return false;
		if (filter.objective === WITHOUT_OBJECTIVE) {
			if (hasObjective(project, index)) return false;
		} else if (filter.objective !== null && !project.objectiveIds.includes(filter.objective)) {
			return false;
		}
		if (wanted.length === 0) return true;
		const haystack = rows?.get(project.id)?.search ?? searchText(project, index);
		return wanted.every((word) => haystack.includes(word));
	});
}

export type SortKey = string | number | null;

/** The value a column sorts by; null (no lead, no date) always sorts last. */
export function sortKey(project: Project, column: SortColumn, index: PlanIndex, lang: Lang): SortKey {
	switch (column) {
		case 'title':
			return textIn(project.title, lang).text;
		case 'lead':
			if (project.leadActorId === null) return null;
			return textIn(index.actorNames.get(project.leadActorId) ?? emptyLocalized(), lang).text || null;
		case 'budget':
			return project.budget;
		case 'funding':
			return FUNDING_SOURCES.indexOf(project.fundingSource);
		case 'start':
			return project.start;
		case 'end':
			return project.end;
		case 'status':
			return PROJECT_STATUSES.indexOf(project.status);
		case 'priority':
			return project.priority;
	}
}

/**
 * The projects in `sort`'s order: text in the reader's alphabetical order (numbers by value, so
 * "Project 2" comes before "Project 10"), funding and status in their listed order, missing leads
 * and dates last either way. Ties keep the plan's order.
 */
export function sortProjects(
	projects: readonly Project[],
	sort: Sort,
	index: PlanIndex,
	lang: Lang,
	rows?: RowLookup
): Project[] {
	if (sort === null) return [...projects];
	const collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
	const sign = sort.direction === 'ascending' ? 1 : -1;
	const keyed = projects.map((project) => {
		const row = rows?.get(project.id);
		return { project, key: row ? row.keys[sort.column] : sortKey(project, sort.column, index, lang) };
	});
	keyed.sort((a, b) => {
		if (a.key === null || b.key === null) return a.key === b.key ? 0 : a.key === null ? 1 : -1;
		const order =
			typeof a.key === 'number' && typeof b.key === 'number'
				? a.key - b.key
				: collator.compare(String(a.key), String(b.key));
		return sign * order;
	});
	return keyed.map(({ project }) => project);
}

function group<G extends Omit<ProjectGroup, 'totals'>>(g: G): G & { totals: BudgetTotals } {
	return { ...g, totals: budgetTotals(g.rows) };
}

/** Groups sorted rows, keeping their order inside each group; empty groups are left out. */
export function groupProjects(rows: Project[], groupBy: Grouping, index: PlanIndex): ProjectGroup[] {
	if (groupBy === 'none') return [group({ kind: 'all', key: 'all', rows })];
	if (groupBy === 'status') {
		return PROJECT_STATUSES.map((status) =>
			group({ kind: 'status', key: status, status, rows: rows.filter((p) => p.status === status) })
		).filter((g) => g.rows.length > 0);
	}
	const byObjective = new Map<string, Project[]>();
	const unlinked: Project[] = [];
	for (const project of rows) {
		let linked = false;
		for (const id of new Set(project.objectiveIds)) {
			if (!index.objectives.has(id)) continue;
			linked = true;
			const list = byObjective.get(id);
			if (list) list.push(project);
			else byObjective.set(id, [project]);
		}
		if (!linked) unlinked.push(project);
	}
	const groups: ProjectGroup[] = [];
	for (const objective of index.objectives.values()) {
		const list = byObjective.get(objective.id);
		if (list) groups.push(group({ kind: 'objective', key: objective.id, objective, rows: list }));
	}
	if (unlinked.length > 0) {
		groups.push(group({ kind: 'no_objective', key: WITHOUT_OBJECTIVE, rows: unlinked }));
	}
	return groups;
}

/** Everything the page shows for one query, in one pass. */
export function projectView(
	projects: readonly Project[],
	query: ProjectQuery,
	index: PlanIndex,
	lang: Lang,
	precomputed?: RowLookup
): ProjectView {
	const filtered = filterProjects(projects, query.filter, index, precomputed);
	const rows = sortProjects(filtered, query.sort, index, lang, precomputed);
	return { rows, groups: groupProjects(rows, query.groupBy, index), totals: budgetTotals(rows) };
}

/** The group each project shows in first: where its row carries the id links land on. */
export function firstGroups(groups: readonly ProjectGroup[]): Map<string, string> {
	const first = new Map<string, string>();
	for (const group of groups) {
		for (const project of group.rows) if (!first.has(project.id)) first.set(project.id, group.key);
	}
	return first;
}

/** True when the filter lets every project through. */
export function isEmptyFilter(filter: ProjectFilter): boolean {
	return (
		filter.text.trim() === '' &&
		filter.statuses.length === 0 &&
		filter.funding.length === 0 &&
		filter.objective === null
	);
}

/** The next sort when a column's header is clicked: ascending first, then it flips. */
export function nextSort(sort: Sort, column: SortColumn): Sort {
	if (sort?.column !== column) return { column, direction: 'ascending' };
	return { column, direction: sort.direction === 'ascending' ? 'descending' : 'ascending' };
}
