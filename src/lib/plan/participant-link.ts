// Actors that stand for a participant of the cluster's registry. The registry owns a firm's name:
// when a participant is renamed, the server writes the new name into every actor linked to it (so
// the map's nodes and the projects' leads and partners follow) and into every owner (a node's or a
// strategy item's responsible) that was written with the old name, as it was chosen from the
// registry's names. A plan that links nothing is not touched.
import type * as Y from 'yjs';
import { addActor } from './actor';
import type { ActorKind } from './types';
import { items, write } from './layout';
import { LANGS, writeLocalized, type Lang, type Localized } from './localized';
import { readLocalizedOrGuessed } from './lang-guess';
import { text } from './read';

/** The ids of the actors standing for `participantId`, in id order. */
export function actorsOfParticipant(doc: Y.Doc, participantId: string): string[] {
	const found: string[] = [];
	items(doc, 'actors').forEach((actor, id) => {
		if (actor.get('participantId') === participantId) found.push(id);
	});
	return found.sort();
}

/** The language of `owner` when it is one of `name`'s texts; null when it is none of them. */
function langOf(owner: string, name: Localized): Lang | null {
	if (owner === '') return null;
	return LANGS.find((lang) => name[lang] === owner) ?? null;
}

/** The new name in `lang`, or the first language it is written in when `lang` is empty. */
function nameIn(name: Localized, lang: Lang): string {
	return name[lang] || LANGS.map((other) => name[other]).find((text) => text !== '') || '';
}

/**
 * Renames what stands for the participant from `before` to `after`: its linked actors' names (the
 * languages that differ) and the owners written as one of its old names. Returns how many items
 * changed; nothing is written when none does.
 */
export function renameParticipant(
	doc: Y.Doc,
	participantId: string,
	before: Localized,
	after: Localized
): number {
	const actors = actorsOfParticipant(doc, participantId)
		.map((id) => items(doc, 'actors').get(id)!)
		.filter((actor) => LANGS.some((lang) => readLocalizedOrGuessed(actor, 'name')[lang] !== after[lang]));
	const owners: [Y.Map<unknown>, string][] = [];
	for (const collection of ['nodes', 'lines', 'objectives', 'actions'] as const) {
		items(doc, collection).forEach((item) => {
			const lang = langOf(text(item, 'owner'), before);
			const renamed = lang && nameIn(after, lang);
			if (renamed && renamed !== text(item, 'owner')) owners.push([item, renamed]);
		});
	}
	if (actors.length === 0 && owners.length === 0) return 0;
	write(doc, () => {
		for (const actor of actors) writeLocalized(actor, 'name', after);
		for (const [item, owner] of owners) item.set('owner', owner);
	});
	return actors.length + owners.length;
}

/** What an actor standing for a participant takes from it. */
export type ParticipantForActor = { id: string; name: Localized; kind: ActorKind };

/**
 * The actor standing for the participant: the first one linked to it, or a new member actor (on no
 * node yet) with its name and kind. Returns the actor's id; for a project's lead or partners chosen
 * from the registry, in the same transaction as the project's change.
 */
export function actorForParticipant(doc: Y.Doc, participant: ParticipantForActor): string {
	const [linked] = actorsOfParticipant(doc, participant.id);
	if (linked) return linked;
	return addActor(doc, {
		name: participant.name,
		kind: participant.kind,
		member: true,
		participantId: participant.id
	});
}

/**
 * Links every actor standing for a participant that `ids` names to the participant's new id (a
 * cluster copied beside its original gives its participants new ids); a link to an id `ids` does
 * not name stays. Returns how many actors changed. Written without `write`, so a version's state
 * kept at an older layout is relinked as it is: actors have been items of their own root map at
 * every layout.
 */
export function relinkParticipants(doc: Y.Doc, ids: ReadonlyMap<string, string>): number {
	const moved: [Y.Map<unknown>, string][] = [];
	items(doc, 'actors').forEach((actor) => {
		const from = actor.get('participantId');
		const to = typeof from === 'string' ? ids.get(from) : undefined;
		if (to !== undefined && to !== from) moved.push([actor, to]);
	});
	if (moved.length > 0) doc.transact(() => moved.forEach(([actor, to]) => actor.set('participantId', to)));
	return moved.length;
}
