// What the items of one plan snapshot are called, so a diff can show the ids it holds (a project's
// lead firm, the objectives it serves, an edge's ends) as the names people gave them.
import type { DiffCollection, Localized, PlanData } from '$lib/plan';
import { LANGS } from '$lib/plan';

/** The kinds of item an id in a field can point at. */
export type NamedKind = Exclude<DiffCollection, 'plan' | 'edges'>;

const same = (text: string): Localized => Object.fromEntries(LANGS.map((lang) => [lang, text])) as Localized;

export class PlanNames {
	#names = new Map<string, Localized>();
	#items = new Map<string, Record<string, unknown>>();

	constructor(data: PlanData) {
		const put = (kind: DiffCollection, id: string, name: Localized, item: object) => {
			this.#names.set(`${kind}:${id}`, name);
			this.#items.set(`${kind}:${id}`, item as Record<string, unknown>);
		};
		for (const stage of data.map.stages) put('stages', stage.id, stage.title, stage);
		for (const node of data.map.nodes) put('nodes', node.id, node.label, node);
		for (const edge of data.map.edges) put('edges', edge.id, same(edge.label), edge);
		for (const actor of data.actors) put('actors', actor.id, actor.name, actor);
		data.strategy.lines.forEach((line, l) => {
			put('lines', line.id, numbered(`${l + 1}`, line.title), line);
			line.objectives.forEach((objective, o) => {
				put('objectives', objective.id, numbered(`${l + 1}.${o + 1}`, objective.title), objective);
				objective.actions.forEach((action, a) =>
					put('actions', action.id, numbered(`${l + 1}.${o + 1}.${a + 1}`, action.title), action)
				);
			});
		});
		for (const project of data.projects) put('projects', project.id, project.title, project);
		for (const indicator of data.indicators) {
			put('indicators', indicator.id, numbered(indicator.code, indicator.name), indicator);
		}
		for (const comment of data.comments) {
			const excerpt = comment.text.length > 60 ? `${comment.text.slice(0, 59)}…` : comment.text;
			put('comments', comment.id, same(`${comment.authorName || comment.author}: ${excerpt}`), comment);
		}
	}

	/** The name of item `id` of `kind`, or null when this snapshot has no such item. */
	name(kind: NamedKind, id: string): Localized | null {
		return this.#names.get(`${kind}:${id}`) ?? null;
	}

	/** The name of any item with this id, whatever its kind (a comment's anchor can be any item). */
	anyName(id: string): Localized | null {
		for (const [key, name] of this.#names) if (key.endsWith(`:${id}`)) return name;
		return null;
	}

	/** The whole item, as the snapshot holds it (children without their children). */
	item(kind: DiffCollection, id: string): Record<string, unknown> | null {
		return this.#items.get(`${kind}:${id}`) ?? null;
	}
}

function numbered(prefix: string, title: Localized): Localized {
	if (!prefix) return title;
	if (LANGS.every((lang) => !title[lang].trim())) return same(prefix);
	// A language without a title stays empty, so the reader's fallback still finds one that has it.
	return Object.fromEntries(
		LANGS.map((lang) => [lang, title[lang].trim() ? `${prefix} ${title[lang]}` : ''])
	) as Localized;
}
