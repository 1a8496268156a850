// The structural diff told the way a reviewer reads it: grouped by the plan's sections, counted,
// each item named in its own words ("Action 3.1", the project's title) and each changed field given
// on its own line, nested values spelled out ("targets.2025: 120 → 150", "title.ru").
import { diff, type DiffCollection, type DiffItem } from './diff';
import { LANGS, textIn, type Lang, type Localized } from './localized';
import type { Outdated, PlanData } from './types';

export const CHANGE_KINDS = ['added', 'removed', 'changed', 'moved'] as const;
/** What happened to an item between two snapshots. */
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const CHANGE_SECTIONS = ['plan', 'map', 'strategy', 'projects', 'indicators', 'comments'] as const;
/** The part of the plan a change belongs to, as the plan's pages group it. */
export type ChangeSection = (typeof CHANGE_SECTIONS)[number];

/** One changed field; `field` is a path into nested values, e.g. `targets.2025` or `title.ru`. */
export type FieldDelta = {
	field: string;
	before: unknown;
	after: unknown;
	/** The relative change of a number (−0.2 is −20 %); null when either side is not a number or before is 0. */
	ratio: number | null;
};

/** One item that differs between the snapshots. */
export type ItemChange = {
	/** `collection:id`: stable across versions, so a reviewer's comment stays on its item. */
	key: string;
	collection: DiffCollection;
	id: string;
	kind: ChangeKind;
	/** The item's name on the newer side (the older one for a removed item). */
	label: Localized;
	/** The outline number of a line, objective or action ("3", "3.1", "3.1.2"). */
	number: string | null;
	fields: FieldDelta[];
	/** Languages of the changed texts marked on the newer side as possibly outdated. */
	outdated: OutdatedMark[];
};

/** One language of a text that may be outdated: `field.lang` was not revised after `changed` was. */
export type OutdatedMark = { field: string; lang: Lang; changed: Lang };

export type SectionChanges = {
	section: ChangeSection;
	counts: Record<ChangeKind, number>;
	items: ItemChange[];
};

export type PlanChanges = { sections: SectionChanges[]; total: number };

const SECTION_OF: Record<DiffCollection, ChangeSection> = {
	plan: 'plan',
	stages: 'map',
	nodes: 'map',
	edges: 'map',
	actors: 'map',
	lines: 'strategy',
	objectives: 'strategy',
	actions: 'strategy',
	projects: 'projects',
	funding: 'projects',
	indicators: 'indicators',
	comments: 'comments'
};

/** Fields that only say where an item sits: a change to these alone is a move. */
const POSITION_FIELDS = new Set(['order', 'lineId', 'objectiveId', 'stageId', 'x', 'y']);

/** What changed from `before` (older) to `after` (newer), for people. */
export function planChanges(before: PlanData, after: PlanData): PlanChanges {
	const result = diff(before, after);
	const names = { before: new Names(before), after: new Names(after) };
	const changes: ItemChange[] = [
		...result.added.map((item) => whole(item, 'added', names.after)),
		...result.removed.map((item) => whole(item, 'removed', names.before)),
		...result.changed.map(({ collection, id, changes: fields }): ItemChange => {
			const deltas = fields.flatMap(({ field, before, after }) => deltasOf(field, before, after));
			const moved = fields.every(({ field }) => POSITION_FIELDS.has(field));
			return {
				key: `${collection}:${id}`,
				collection,
				id,
				kind: moved ? 'moved' : 'changed',
				label: names.after.label(collection, id),
				number: names.after.number(id),
				fields: deltas,
				outdated: names.after.outdated(
					collection,
					id,
					fields.map(({ field }) => field)
				)
			};
		})
	];
	const sections = CHANGE_SECTIONS.map((section): SectionChanges => {
		const items = changes
			.filter((change) => SECTION_OF[change.collection] === section)
			.sort((a, b) => compareItems(a, b));
		const counts = { added: 0, removed: 0, changed: 0, moved: 0 };
		for (const item of items) counts[item.kind] += 1;
		return { section, counts, items };
	}).filter((section) => section.items.length > 0);
	return { sections, total: changes.length };
}

const COLLECTION_ORDER = Object.keys(SECTION_OF) as DiffCollection[];

// Within a section: by collection (lines before objectives before actions), then by outline
// number where there is one, so "Action 3.1" comes before "Action 3.2".
function compareItems(a: ItemChange, b: ItemChange): number {
	const byCollection = COLLECTION_ORDER.indexOf(a.collection) - COLLECTION_ORDER.indexOf(b.collection);
	if (byCollection) return byCollection;
	if (a.number !== null && b.number !== null && a.number !== b.number) {
		return a.number.localeCompare(b.number, 'en', { numeric: true });
	}
	return 0;
}

function whole(item: DiffItem, kind: 'added' | 'removed', names: Names): ItemChange {
	return {
		key: `${item.collection}:${item.id}`,
		collection: item.collection,
		id: item.id,
		kind,
		label: names.label(item.collection, item.id),
		number: names.number(item.id),
		fields: [],
		outdated: []
	};
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A changed field as lines: a record (targets by year, a text in three languages) gives one line per
 * key that differs; anything else (numbers, text, id lists) is one line.
 */
function deltasOf(field: string, before: unknown, after: unknown): FieldDelta[] {
	if (isRecord(before) || isRecord(after)) {
		const a = isRecord(before) ? before : {};
		const b = isRecord(after) ? after : {};
		const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
		return keys
			.filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]))
			.flatMap((key) => deltasOf(`${field}.${key}`, a[key], b[key]));
	}
	// A position is not an amount: moving a node from x 1680 to 5 is not "−99.7 %".
	const ratio = POSITION_FIELDS.has(field) ? null : ratioOf(before, after);
	return [{ field, before, after, ratio }];
}

function ratioOf(before: unknown, after: unknown): number | null {
	if (typeof before !== 'number' || typeof after !== 'number') return null;
	if (!Number.isFinite(before) || !Number.isFinite(after) || before === 0) return null;
	return after / before - 1;
}

const same = (text: string): Localized => Object.fromEntries(LANGS.map((lang) => [lang, text])) as Localized;

/** Names and outline numbers of one snapshot's items. */
class Names {
	#labels = new Map<string, Localized>();
	#numbers = new Map<string, string>();
	#outdated = new Map<string, Outdated>();

	constructor(data: PlanData) {
		const put = (collection: DiffCollection, id: string, label: Localized, outdated?: Outdated) => {
			this.#labels.set(`${collection}:${id}`, label);
			if (outdated) this.#outdated.set(`${collection}:${id}`, outdated);
		};
		put('plan', data.id, data.title, { ...data.outdated, ...data.strategy.outdated });
		for (const stage of data.map.stages) put('stages', stage.id, stage.title);
		const nodeLabel = new Map(data.map.nodes.map((node) => [node.id, node.label]));
		for (const node of data.map.nodes) put('nodes', node.id, node.label);
		for (const edge of data.map.edges) {
			// A flow is named by its two ends, each as a reader of that language sees it.
			const end = (id: string, lang: Lang) => {
				const label = nodeLabel.get(id);
				return label ? textIn(label, lang).text : id;
			};
			const ends = (lang: Lang) => `${end(edge.source, lang)} → ${end(edge.target, lang)}`;
			const named = (lang: Lang) => (edge.label ? `${ends(lang)} (${edge.label})` : ends(lang));
			put('edges', edge.id, Object.fromEntries(LANGS.map((lang) => [lang, named(lang)])) as Localized);
		}
		for (const actor of data.actors) put('actors', actor.id, actor.name);
		data.strategy.lines.forEach((line, l) => {
			put('lines', line.id, line.title, line.outdated);
			this.#numbers.set(line.id, `${l + 1}`);
			line.objectives.forEach((objective, o) => {
				put('objectives', objective.id, objective.title, objective.outdated);
				this.#numbers.set(objective.id, `${l + 1}.${o + 1}`);
				objective.actions.forEach((action, a) => {
					put('actions', action.id, action.title, action.outdated);
					this.#numbers.set(action.id, `${l + 1}.${o + 1}.${a + 1}`);
				});
			});
		});
		for (const project of data.projects) {
			put('projects', project.id, project.title, project.outdated);
			// A line has no name of its own: it is told by its project's.
			for (const line of project.funding) put('funding', line.id, project.title);
		}
		for (const { id, code, name, outdated } of data.indicators) {
			// A name missing in one language falls back as the pages show it, so the code never stands alone.
			const named = (lang: Lang) => `${code} ${textIn(name, lang).text}`.trim();
			put(
				'indicators',
				id,
				Object.fromEntries(LANGS.map((lang) => [lang, named(lang)])) as Localized,
				outdated
			);
		}
		for (const comment of data.comments) {
			const excerpt = comment.text.length > 60 ? `${comment.text.slice(0, 59)}…` : comment.text;
			put('comments', comment.id, same(`${comment.authorName}: ${excerpt}`));
		}
	}

	label(collection: DiffCollection, id: string): Localized {
		return this.#labels.get(`${collection}:${id}`) ?? same(id);
	}

	/** The marks on the item's texts among `fields`, in field then language order. */
	outdated(collection: DiffCollection, id: string, fields: string[]): OutdatedMark[] {
		const marks = this.#outdated.get(`${collection}:${id}`) ?? {};
		return fields.flatMap((field) =>
			LANGS.flatMap((lang) => {
				const changed = marks[field]?.[lang];
				return changed ? [{ field, lang, changed }] : [];
			})
		);
	}

	number(id: string): string | null {
		return this.#numbers.get(id) ?? null;
	}
}
