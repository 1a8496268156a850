// What the table draws and sorts by for each project, computed once per snapshot rather than once per
// sort, filter or redraw. Snapshots share every unchanged item with the previous one (`share`), so a
// row whose project, names and objective titles are the same objects as last time is kept as the same
// object: Svelte then leaves its table row alone, and a sort only reorders precomputed keys.
import type { Lang, Project } from '$lib/plan';
import {
	SORT_COLUMNS,
	searchText,
	sortKey,
	type PlanIndex,
	type SortColumn,
	type SortKey
} from './project-view';
import { rowText, type RowFormats, type RowText } from './row-text';

export type ProjectRowData = {
	project: Project;
	text: RowText;
	/** The value each column sorts by. */
	keys: Record<SortColumn, SortKey>;
	/** Title in every language and the lead's and partners' names, lower-cased, for the text filter. */
	search: string;
};

type Kept = { row: ProjectRowData; lang: Lang; format: RowFormats; inputs: unknown[] };

/** What a project's row is computed from besides the project: the names and titles it shows. */
function inputsOf(project: Project, index: PlanIndex): unknown[] {
	const inputs: unknown[] = [];
	for (const id of [project.leadActorId, ...project.partnerIds]) {
		inputs.push(id === null ? null : index.actorNames.get(id));
	}
	// The titles of the linked objectives in the strategy's order (the row lists them so).
	for (const objective of index.objectives.values()) {
		if (project.objectiveIds.includes(objective.id)) inputs.push(objective.title);
	}
	return inputs;
}

function sameInputs(a: unknown[], b: unknown[]): boolean {
	return a.length === b.length && a.every((value, i) => value === b[i]);
}

function computeRow(project: Project, index: PlanIndex, lang: Lang, format: RowFormats): ProjectRowData {
	const keys = Object.fromEntries(
		SORT_COLUMNS.map((column) => [column, sortKey(project, column, index, lang)])
	) as Record<SortColumn, SortKey>;
	return { project, text: rowText(project, index, lang, format), keys, search: searchText(project, index) };
}

/**
 * The projects' rows by id, kept from one snapshot to the next: `rows` returns the previous row
 * object for every project whose inputs are the same objects as before.
 */
export class ProjectRows {
	#kept = new Map<string, Kept>();

	rows(
		projects: readonly Project[],
		index: PlanIndex,
		lang: Lang,
		format: RowFormats
	): Map<string, ProjectRowData> {
		const next = new Map<string, Kept>();
		const out = new Map<string, ProjectRowData>();
		for (const project of projects) {
			const inputs = inputsOf(project, index);
			const before = this.#kept.get(project.id);
			const kept =
				before &&
				before.row.project === project &&
				before.lang === lang &&
				before.format === format &&
				sameInputs(before.inputs, inputs)
					? before
					: { row: computeRow(project, index, lang, format), lang, format, inputs };
			next.set(project.id, kept);
			out.set(project.id, kept.row);
		}
		this.#kept = next;
		return out;
	}
}
