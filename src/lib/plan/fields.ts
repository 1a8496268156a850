// What each part of a plan document may hold: every root, every field of every item, its kind and
// its bounds. One table read by the socket door (each client update, field by field), the whole
// document check (cluster import, restore, the demo seed, tests) and the operations' own bounds.
// Fields carried across levels of the outline (an action's owner kept while it is an objective) are
// allowed on every outline level, as `outline.ts` keeps them.
import { PLAN_BOUNDS } from './bounds';
import { COLLECTIONS, type Collection } from './layout';
import { LANGS, langKey, outdatedKey } from './localized';
import * as T from './types';

/** The kind and bounds of one field. */
export type FieldRule =
	| { kind: 'text'; max: number }
	| { kind: 'choice'; values: readonly string[] }
	| { kind: 'number'; min: number; max: number; nullable?: boolean; integer?: boolean }
	| { kind: 'flag' }
	/** The id of another item (or null). Its target is not required to exist: see `write-check.ts`. */
	| { kind: 'ref'; nullable: boolean }
	/** An ISO date (YYYY-MM-DD) or null. */
	| { kind: 'date' }
	/** An ISO timestamp, or null when `nullable`. */
	| { kind: 'timestamp'; nullable: boolean }
	/** A nested Y.Map used as a set of ids, each mapped to one of `values`. */
	| { kind: 'idSet'; values: readonly unknown[] }
	/** A nested Y.Map of yearly targets: "2025" → number. */
	| { kind: 'targets' }
	/** A Y.XmlFragment of the description schema (`rich-text.ts`). */
	| { kind: 'rich' }
	/** `{start, end}`, two dates or nulls, the end not before the start. */
	| { kind: 'period' }
	/** `{from, to}`, two years or nulls, `to` not before `from`. */
	| { kind: 'years' }
	/** `{applied, decided, paid}`, dates or nulls, each step not before the one it follows. */
	| { kind: 'stepDates' }
	/** `{kind: 'objective' | 'project', id}` or null. */
	| { kind: 'link' }
	/** A stored formula (`{id}` references) or null. */
	| { kind: 'formula' }
	/** An indicator code. */
	| { kind: 'code' }
	/** A plain list of usernames (a comment's mentions). */
	| { kind: 'names' };

export type Fields = Readonly<Record<string, FieldRule>>;

const short: FieldRule = { kind: 'text', max: PLAN_BOUNDS.shortText };
const long: FieldRule = { kind: 'text', max: PLAN_BOUNDS.longText };
const order: FieldRule = { kind: 'number', min: -1e12, max: 1e12 };
const ref: FieldRule = { kind: 'ref', nullable: false };
const optionalRef: FieldRule = { kind: 'ref', nullable: true };
const flag: FieldRule = { kind: 'flag' };
const choice = (values: readonly string[]): FieldRule => ({ kind: 'choice', values });
const priority = (nullable: boolean): FieldRule => ({ kind: 'number', min: 0, max: 10, nullable });
const idSet = (...values: unknown[]): FieldRule => ({ kind: 'idSet', values });

/** A mark that a translation may be outdated: the language revised after it (`localized.ts`). */
const outdatedMark: FieldRule = { kind: 'choice', values: LANGS };

/**
 * The three language keys of a field (`title.ru`, `title.kk`, `title.en`), each with `rule`, and
 * the three marks that a language may be outdated (`title.ru.outdated`).
 */
function localized(field: string, rule: FieldRule): Record<string, FieldRule> {
	return Object.fromEntries(
		LANGS.flatMap((lang) => [
			[langKey(field, lang), rule],
			[outdatedKey(field, lang), outdatedMark]
		])
	);
}

// Lines, objectives and actions: one set, since indent and outdent keep every field of an item.
const outline: Fields = {
	...localized('title', short),
	...localized('description', { kind: 'rich' }),
	...localized('assumptions', long),
	owner: short,
	dueDate: { kind: 'date' },
	status: choice(T.ACTION_STATUSES),
	priority: priority(true),
	projects: idSet(true),
	indicators: idSet(true),
	order
};

/** The fields of the items of each collection. */
export const ITEM_FIELDS: Readonly<Record<Collection, Fields>> = {
	// `title`, `label`, `name` and `unit` alone are the one string written before they had languages:
	// still read (in the language its letters tell) until a language is written, never written anew.
	stages: { title: short, ...localized('title', short), order },
	nodes: {
		actorId: optionalRef,
		label: short,
		...localized('label', short),
		kind: choice(T.NODE_KINDS),
		stageId: optionalRef,
		notes: long,
		owner: short,
		x: { kind: 'number', min: -PLAN_BOUNDS.coordinate, max: PLAN_BOUNDS.coordinate },
		y: { kind: 'number', min: -PLAN_BOUNDS.coordinate, max: PLAN_BOUNDS.coordinate },
		links: idSet(true, 'objective', 'project')
	},
	edges: { source: ref, target: ref, kind: choice(T.EDGE_KINDS), label: short },
	actors: {
		name: short,
		...localized('name', short),
		kind: choice(T.ACTOR_KINDS),
		member: flag,
		notes: long,
		// A participant of the cluster's registry: kept in the database, so only its shape is checked.
		participantId: optionalRef,
		order
	},
	lines: outline,
	objectives: { ...outline, lineId: ref },
	actions: { ...outline, objectiveId: ref },
	projects: {
		...localized('title', short),
		...localized('description', { kind: 'rich' }),
		leadActorId: optionalRef,
		partners: idSet(true),
		objectives: idSet(true),
		status: choice(T.PROJECT_STATUSES),
		priority: priority(false),
		period: { kind: 'period' },
		order
	},
	// A project's budget is the sum of its lines (layout 3); a line is its own item so two people
	// changing two lines of one project, or one line's amount and another's state, merge.
	funding: {
		projectId: ref,
		source: choice(T.FUNDING_SOURCES),
		// A measure of the catalogue, kept in the database: only its shape is checked.
		measureId: optionalRef,
		amount: { kind: 'number', min: 0, max: PLAN_BOUNDS.amount },
		years: { kind: 'years' },
		state: choice(T.FUNDING_STATES),
		dates: { kind: 'stepDates' },
		note: short,
		order
	},
	indicators: {
		...localized('name', short),
		code: { kind: 'code' },
		level: choice(T.INDICATOR_LEVELS),
		unit: short,
		...localized('unit', short),
		baseline: { kind: 'number', min: -PLAN_BOUNDS.measure, max: PLAN_BOUNDS.measure, nullable: true },
		baselineYear: { kind: 'number', min: 1900, max: 2200, nullable: true, integer: true },
		targets: { kind: 'targets' },
		cumulative: flag,
		frequency: choice(T.FREQUENCIES),
		source: long,
		responsible: short,
		link: { kind: 'link' },
		formula: { kind: 'formula' },
		order
	},
	comments: {
		anchorId: ref,
		replyTo: optionalRef,
		author: short,
		authorName: short,
		text: { kind: 'text', max: PLAN_BOUNDS.commentText },
		mentions: { kind: 'names' },
		createdAt: { kind: 'timestamp', nullable: false },
		editedAt: { kind: 'timestamp', nullable: true },
		deleted: flag,
		resolved: flag,
		resolvedBy: { kind: 'text', max: PLAN_BOUNDS.shortText },
		resolvedByName: { kind: 'text', max: PLAN_BOUNDS.shortText },
		resolvedAt: { kind: 'timestamp', nullable: true }
	}
};

/**
 * What a new item must hold: the fields every operation writes when it adds one. A localized field
 * (`title`) must be written in at least one language.
 */
export const REQUIRED_FIELDS: Readonly<Record<Collection, readonly string[]>> = {
	stages: ['title'],
	nodes: ['x', 'y'],
	edges: ['source', 'target', 'kind'],
	actors: ['name', 'kind'],
	lines: ['title'],
	objectives: ['title', 'lineId'],
	actions: ['title', 'objectiveId'],
	projects: ['title'],
	funding: ['projectId', 'source', 'amount'],
	indicators: ['name', 'code'],
	comments: ['anchorId', 'author', 'createdAt']
};

/** Keys of the `strategy` root (not items: its values are the texts themselves). */
export const STRATEGY_FIELDS: Fields = { ...localized('vision', long), ...localized('mission', long) };

/** Keys of the `meta` root. */
export const META_FIELDS: Fields = {
	id: ref,
	/** The title as one line, for readers from before its languages; `title.*` are the truth. */
	title: short,
	...localized('title', short),
	schemaVersion: { kind: 'number', min: 0, max: 1_000, integer: true }
};

/** Roots only the server writes: the layout, the review record and the workshops. */
export const SERVER_ROOTS: ReadonlySet<string> = new Set(['meta', 'comments', 'workshops']);

/** Every root a current plan document may hold. */
export const PLAN_ROOTS: ReadonlySet<string> = new Set(['meta', 'strategy', 'workshops', ...COLLECTIONS]);

/** True when `root` is an item collection. */
export function isCollection(root: string): root is Collection {
	return (COLLECTIONS as readonly string[]).includes(root);
}

/** The rule for `field` of an item of `collection`, if the layout has that field. */
export function itemField(collection: Collection, field: string): FieldRule | undefined {
	return Object.hasOwn(ITEM_FIELDS[collection], field) ? ITEM_FIELDS[collection][field] : undefined;
}
