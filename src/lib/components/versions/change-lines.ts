// The lines under a changed item of a diff, for people: each field named in the reader's language
// and its values formatted as the plan's pages show them ("Budget: 10 000 000 ₸ → 8 000 000 ₸
// (−20 %)"), ids shown as the names of what they point at, plan text with the language it is in.
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { isLang, textIn, type DiffCollection, type ItemChange, type Lang, type Localized } from '$lib/plan';
import { inLang, readerLang } from '$lib/components/text/lang-names';
import { dayFormat, numberFormat, tengeFormat } from '$lib/locale-format';
import { fieldLabel, splitPath } from './field-labels';
import type { NamedKind, PlanNames } from './plan-names';
import { enumLabel } from './value-labels';
import { versionTimeFormat } from './version-time';

/** A value as shown: its text, and the language it is written in when that is not the page's. */
export type ValueText = { text: string; lang?: Lang };

export type FieldLine =
	| { kind: 'values'; label: string; before: ValueText; after: ValueText; ratio: string | null }
	| { kind: 'list'; label: string; added: ValueText[]; removed: ValueText[] }
	| { kind: 'note'; text: string }
	/** A language of a changed text left possibly outdated by the change. */
	| { kind: 'outdated'; text: string };

export type Sides = { before: PlanNames; after: PlanNames };

/** Fields holding the id of one item, and the kind of item. */
const REFS: Record<string, NamedKind> = {
	actorId: 'actors',
	leadActorId: 'actors',
	stageId: 'stages',
	lineId: 'lines',
	objectiveId: 'objectives',
	replyTo: 'comments'
};
/** Fields holding a list of ids. */
const REF_LISTS: Record<string, NamedKind> = {
	partnerIds: 'actors',
	objectiveIds: 'objectives',
	projectIds: 'projects',
	indicatorIds: 'indicators'
};
const DAYS = new Set(['dueDate', 'start', 'end', 'appliedOn', 'decidedOn', 'paidOn']);
const YEARS = new Set(['baselineYear', 'fromYear', 'toYear']);
const LONG_TEXT = 240;

/** Formats the values of one diff in the reader's language; make one per page render. */
export class ChangeLines {
	#reader = readerLang();
	#amount = numberFormat({ maximumFractionDigits: 6 });
	#year = numberFormat({ useGrouping: false, maximumFractionDigits: 0 });
	#percent = numberFormat({ style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });
	#tenge = tengeFormat();
	#day = dayFormat();
	#time = versionTimeFormat();

	constructor(readonly sides: Sides) {}

	/** The lines of a changed or moved item; none for an added or removed one. */
	lines(change: ItemChange): FieldLine[] {
		const out: FieldLine[] = [];
		let position = false;
		let link = false;
		for (const delta of change.fields) {
			const [field] = splitPath(delta.field);
			if (field === 'order') out.push({ kind: 'note', text: m.versions_order_changed() });
			else if (field === 'x' || field === 'y') {
				if (!position) out.push(this.#position(change));
				position = true;
			} else if (field === 'link' && change.collection === 'indicators') {
				if (!link) out.push(this.#link(change));
				link = true;
			} else if (field === 'participantId') out.push(this.#participant(change, delta.before, delta.after));
			else if (REF_LISTS[field])
				out.push(this.#list(change.collection, delta.field, delta.before, delta.after));
			else {
				out.push({
					kind: 'values',
					label: fieldLabel(change.collection, delta.field),
					before: this.value(
						change.collection,
						delta.field,
						delta.before,
						this.sides.before,
						this.sides.after
					),
					after: this.value(change.collection, delta.field, delta.after, this.sides.after, this.sides.before),
					ratio: this.#ratio(delta.field, delta.ratio)
				});
			}
		}
		for (const { field, lang, changed } of change.outdated) {
			const label = fieldLabel(change.collection, `${field}.${lang}`);
			out.push({ kind: 'outdated', text: m.versions_outdated({ field: label, changed: inLang(changed) }) });
		}
		return out;
	}

	/** A plan text as the reader sees it. */
	shown(value: Localized): ValueText {
		const shown = textIn(value, this.#reader);
		return shown.fallback ? { text: shown.text, lang: shown.lang } : { text: shown.text };
	}

	/** One value of a field; `here` names the ids on its own side, `there` on the other. */
	value(
		collection: DiffCollection,
		path: string,
		value: unknown,
		here: PlanNames,
		there: PlanNames
	): ValueText {
		if (value === undefined || value === null || value === '') return { text: m.versions_value_empty() };
		const [field, rest] = splitPath(path);
		if (rest && isLang(rest) && typeof value === 'string') return { text: this.#cut(value), lang: rest };
		if (typeof value === 'boolean') return { text: value ? m.versions_value_yes() : m.versions_value_no() };
		if (typeof value === 'number') return { text: this.#number(field, value) };
		if (typeof value !== 'string') return { text: this.#cut(JSON.stringify(value)) };
		const kind =
			REFS[field] ?? (collection === 'edges' && (field === 'source' || field === 'target') ? 'nodes' : null);
		if (kind) return this.#ref(kind, value, here, there);
		if (collection === 'comments' && field === 'anchorId') {
			const name = here.anyName(value) ?? there.anyName(value);
			return name ? this.shown(name) : { text: m.versions_value_whole_plan() };
		}
		if (DAYS.has(field)) return { text: this.#day(value) };
		if (field === 'createdAt') return { text: this.#time(value) };
		const named = enumLabel(collection, field, value);
		return { text: named ?? this.#cut(value) };
	}

	#number(field: string, value: number): string {
		if (field === 'budget' || field === 'amount') return this.#tenge(value);
		if (YEARS.has(field)) return this.#year(value);
		return this.#amount(value);
	}

	#ratio(path: string, ratio: number | null): string | null {
		const [field] = splitPath(path);
		if (ratio === null || YEARS.has(field) || field === 'priority') return null;
		return this.#percent(ratio);
	}

	#ref(kind: NamedKind, id: string, here: PlanNames, there: PlanNames): ValueText {
		const name = here.name(kind, id) ?? there.name(kind, id);
		return name ? this.shown(name) : { text: m.versions_value_gone() };
	}

	// A link to the registry shows as the name the actor took from it: the participant's own.
	#participant(change: ItemChange, before: unknown, after: unknown): FieldLine {
		const side = (linked: unknown, names: PlanNames): ValueText => {
			const name = typeof linked === 'string' ? names.name('actors', change.id) : null;
			return name ? this.shown(name) : { text: m.versions_value_empty() };
		};
		return {
			kind: 'values',
			label: fieldLabel(change.collection, 'participantId'),
			before: side(before, this.sides.before),
			after: side(after, this.sides.after),
			ratio: null
		};
	}

	#list(collection: DiffCollection, path: string, before: unknown, after: unknown): FieldLine {
		const kind = REF_LISTS[splitPath(path)[0]]!;
		const ids = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
		const was = ids(before);
		const now = ids(after);
		const { before: old, after: current } = this.sides;
		return {
			kind: 'list',
			label: fieldLabel(collection, path),
			added: now.filter((id) => !was.includes(id)).map((id) => this.#ref(kind, id, current, old)),
			removed: was.filter((id) => !now.includes(id)).map((id) => this.#ref(kind, id, old, current))
		};
	}

	#position(change: ItemChange): FieldLine {
		const at = (names: PlanNames): ValueText => {
			const node = names.item(change.collection, change.id);
			if (!node || typeof node.x !== 'number' || typeof node.y !== 'number')
				return { text: m.versions_value_empty() };
			return {
				text: `${this.#amount(Math.round(node.x))}; ${this.#amount(Math.round(node.y))}`
			};
		};
		return {
			kind: 'values',
			label: fieldLabel(change.collection, 'position'),
			before: at(this.sides.before),
			after: at(this.sides.after),
			ratio: null
		};
	}

	#link(change: ItemChange): FieldLine {
		const at = (here: PlanNames, there: PlanNames): ValueText => {
			const link = here.item('indicators', change.id)?.link as
				{ kind?: string; id?: string } | null | undefined;
			if (!link?.id) return { text: m.versions_value_empty() };
			const kind = link.kind === 'project' ? 'projects' : 'objectives';
			const target = this.#ref(kind, link.id, here, there);
			const say = kind === 'projects' ? m.versions_link_project : m.versions_link_objective;
			return { text: say({ name: this.quote(target.text) }) };
		};
		const { before, after } = this.sides;
		return {
			kind: 'values',
			label: fieldLabel('indicators', 'link'),
			before: at(before, after),
			after: at(after, before),
			ratio: null
		};
	}

	/** The reader's quotation marks. */
	quotes(): [string, string] {
		return getLocale() === 'en' ? ['“', '”'] : ['«', '»'];
	}

	/** A name in the reader's quotation marks. */
	quote(text: string): string {
		const [open, close] = this.quotes();
		return `${open}${text}${close}`;
	}

	#cut(text: string): string {
		return text.length > LONG_TEXT ? `${text.slice(0, LONG_TEXT - 1)}…` : text;
	}
}
