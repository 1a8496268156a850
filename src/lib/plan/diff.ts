// Structural diff of two plan snapshots for version review: which items were added, removed or
// changed, and for changed items which fields, with values before and after.
import type { PlanData } from './types';

/** The item lists a diff compares; nested objectives and actions are compared as flat lists. */
export type DiffCollection =
	| 'plan'
	| 'stages'
	| 'nodes'
	| 'edges'
	| 'actors'
	| 'lines'
	| 'objectives'
	| 'actions'
	| 'projects'
	| 'funding'
	| 'indicators'
	| 'comments';

/** An item added or removed, with all its fields. */
export type DiffItem = { collection: DiffCollection; id: string; item: Record<string, unknown> };
/** One field of a changed item. */
export type FieldChange = { field: string; before: unknown; after: unknown };
/** An item present in both snapshots whose fields differ. */
export type ChangedItem = { collection: DiffCollection; id: string; changes: FieldChange[] };
/** The result of `diff`. */
export type PlanDiff = { added: DiffItem[]; removed: DiffItem[]; changed: ChangedItem[] };

type Flat = Map<string, DiffItem>;

/** Flattens a snapshot into items keyed by collection and id; children point at their parent instead. */
function flatten(data: PlanData): Flat {
	const flat: Flat = new Map();
	const put = (collection: DiffCollection, id: string, item: Record<string, unknown>) =>
		flat.set(`${collection}:${id}`, { collection, id, item });
	const { vision, mission } = data.strategy;
	const outdated =
		data.outdated || data.strategy.outdated ? { ...data.outdated, ...data.strategy.outdated } : undefined;
	put('plan', data.id, { title: data.title, vision, mission, ...(outdated && { outdated }) });
	for (const item of data.map.stages) put('stages', item.id, item);
	for (const item of data.map.nodes) put('nodes', item.id, item);
	for (const item of data.map.edges) put('edges', item.id, item);
	for (const item of data.actors) put('actors', item.id, item);
	for (const { objectives, ...line } of data.strategy.lines) {
		put('lines', line.id, line);
		for (const { actions, ...objective } of objectives) {
			put('objectives', objective.id, { ...objective, lineId: line.id });
			for (const action of actions) put('actions', action.id, { ...action, objectiveId: objective.id });
		}
	}
	// Budget and source are derived from the lines (their sum, the largest one's source): the lines'
	// own changes tell them, once.
	for (const { funding, ...project } of data.projects) {
		const fields: Record<string, unknown> = { ...project };
		delete fields.budget;
		delete fields.fundingSource;
		put('projects', project.id, fields);
		for (const line of funding) put('funding', line.id, { ...line, projectId: project.id });
	}
	for (const item of data.indicators) put('indicators', item.id, item);
	for (const item of data.comments) put('comments', item.id, item);
	return flat;
}

/** JSON with object keys sorted, so equal values compare equal whatever their key order. */
function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
			: v
	);
}

/** What changed from `a` (older) to `b` (newer). Lists come in snapshot order, so equal inputs give equal diffs. */
export function diff(a: PlanData, b: PlanData): PlanDiff {
	const before = flatten(a);
	const after = flatten(b);
	const result: PlanDiff = { added: [], removed: [], changed: [] };
	// A funding line added or removed with its project is part of that project's change.
	const withProject = (item: DiffItem, other: Flat) =>
		item.collection === 'funding' && !other.has(`projects:${String(item.item.projectId)}`);
	for (const [key, item] of before)
		if (!after.has(key) && !withProject(item, after)) result.removed.push(item);
	for (const [key, next] of after) {
		const previous = before.get(key);
		if (!previous) {
			if (!withProject(next, before)) result.added.push(next);
			continue;
		}
		// Marks of outdated translations are not content: they are read beside the changed text
		// (`changes.ts`), and a confirm alone changes nothing a reviewer compares.
		const fields = [...new Set([...Object.keys(previous.item), ...Object.keys(next.item)])].filter(
			(field) => field !== 'outdated'
		);
		const changes = fields
			.filter((field) => canonical(previous.item[field]) !== canonical(next.item[field]))
			.map((field) => ({ field, before: previous.item[field], after: next.item[field] }));
		if (changes.length) result.changed.push({ collection: next.collection, id: next.id, changes });
	}
	return result;
}

/** True when the diff holds no change. */
export function isEmptyDiff(result: PlanDiff): boolean {
	return !result.added.length && !result.removed.length && !result.changed.length;
}
