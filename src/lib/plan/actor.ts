// Actors: the firms, institutions, suppliers and markets of the cluster, one record each however many
// map nodes show them, so a rename or a change of membership shows everywhere at once. A name is held
// in three languages (`name.ru` …: a firm's Latin legal name is its English one); one written as a
// single `name` still reads. An actor may stand for a participant of the cluster's registry
// (`participantId`): the registry then owns its name (`participant-link.ts`).
import type * as Y from 'yjs';
import { PLAN_BOUNDS } from './bounds';
import { freshId } from './ids';
import { checkId } from './ids';
import { bool, oneOf, optionalText } from './input';
import { checkLocalizedChange } from './lang-guess';
import { type Collection, getItem, items, makeItem, write } from './layout';
import { removeWithReferences } from './links';
import { checkLocalized, localizedFields, writeLocalized, type LocalizedInput } from './localized';
import { orderAtEnd } from './order';
import { ACTOR_KINDS, type ActorKind } from './types';

/** Input of `addActor`; without `id` a new random id is used. */
export type ActorInput = {
	id?: string;
	name: LocalizedInput;
	kind: ActorKind;
	member?: boolean;
	notes?: string;
	/** The registry's participant it stands for; absent or null when it stands for none. */
	participantId?: string | null;
};
/** Fields `updateActor` may change; fields left undefined keep their value, a null `participantId` unlinks. */
export type ActorUpdate = {
	name?: LocalizedInput;
	kind?: ActorKind;
	member?: boolean;
	notes?: string;
	participantId?: string | null;
};

const participantOf = (value: string | null | undefined) =>
	value === undefined || value === null ? value : checkId(value, 'participantId');

/** Adds an actor and returns its id; `member` says whether it belongs to the cluster (default false). */
export function addActor(doc: Y.Doc, input: ActorInput): string {
	const id = freshId(doc, input.id);
	const name = checkLocalized(input.name, 'name', true);
	const kind = oneOf(input.kind, ACTOR_KINDS, 'kind');
	const member = input.member === undefined ? false : bool(input.member, 'member');
	const notes = optionalText(input.notes, 'notes', PLAN_BOUNDS.longText) ?? '';
	const participantId = participantOf(input.participantId);
	const actors = items(doc, 'actors');
	const order = orderAtEnd(actors);
	const linked = participantId ? { participantId } : {};
	write(doc, () =>
		actors.set(id, makeItem({ ...localizedFields('name', name), kind, member, notes, order, ...linked }))
	);
	return id;
}

/** Changes an actor; every node showing it follows. */
export function updateActor(doc: Y.Doc, id: string, input: ActorUpdate): void {
	const actor = getItem(doc, 'actors', id);
	const name = input.name === undefined ? undefined : checkLocalizedChange(actor, 'name', input.name, true);
	const kind = input.kind === undefined ? undefined : oneOf(input.kind, ACTOR_KINDS, 'kind');
	const member = input.member === undefined ? undefined : bool(input.member, 'member');
	const notes = optionalText(input.notes, 'notes', PLAN_BOUNDS.longText);
	const participantId = participantOf(input.participantId);
	write(doc, () => {
		if (name) writeLocalized(actor, 'name', name);
		for (const [key, value] of Object.entries({ kind, member, notes })) {
			if (value !== undefined) actor.set(key, value);
		}
		// Unlinking deletes the key, so an actor that was never linked and one unlinked read the same.
		if (participantId === null) actor.delete('participantId');
		else if (participantId !== undefined) actor.set('participantId', participantId);
	});
}

/**
 * Removes an actor, the nodes showing it (with their edges) and its place as lead or partner of
 * projects: a node cannot show an actor that no longer exists.
 */
export function removeActor(doc: Y.Doc, id: string): void {
	getItem(doc, 'actors', id);
	write(doc, () => {
		const removed: [Collection, string][] = [['actors', id]];
		items(doc, 'nodes').forEach((node, nodeId) => {
			if (node.get('actorId') === id) removed.push(['nodes', nodeId]);
		});
		removeWithReferences(doc, removed);
	});
}
