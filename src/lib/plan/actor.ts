// Actors: the firms, institutions, suppliers and markets of the cluster, one record each however many
// map nodes show them, so a rename or a change of membership shows everywhere at once.
import type * as Y from 'yjs';
import { PLAN_BOUNDS } from './bounds';
import { freshId } from './ids';
import { bool, oneOf, optionalText, requiredText } from './input';
import { type Collection, getItem, items, makeItem, write } from './layout';
import { removeWithReferences } from './links';
import { orderAtEnd } from './order';
import { ACTOR_KINDS, type ActorKind } from './types';

/** Input of `addActor`; without `id` a new random id is used. */
export type ActorInput = { id?: string; name: string; kind: ActorKind; member?: boolean; notes?: string };
/** Fields `updateActor` may change; fields left undefined keep their value. */
export type ActorUpdate = { name?: string; kind?: ActorKind; member?: boolean; notes?: string };

/** Adds an actor and returns its id; `member` says whether it belongs to the cluster (default false). */
export function addActor(doc: Y.Doc, input: ActorInput): string {
	const id = freshId(doc, input.id);
	const name = requiredText(input.name, 'name');
	const kind = oneOf(input.kind, ACTOR_KINDS, 'kind');
	const member = input.member === undefined ? false : bool(input.member, 'member');
	const notes = optionalText(input.notes, 'notes', PLAN_BOUNDS.longText) ?? '';
	const actors = items(doc, 'actors');
	write(doc, () => actors.set(id, makeItem({ name, kind, member, notes, order: orderAtEnd(actors) })));
	return id;
}

/** Changes an actor; every node showing it follows. */
export function updateActor(doc: Y.Doc, id: string, input: ActorUpdate): void {
	const actor = getItem(doc, 'actors', id);
	const name = input.name === undefined ? undefined : requiredText(input.name, 'name');
	const kind = input.kind === undefined ? undefined : oneOf(input.kind, ACTOR_KINDS, 'kind');
	const member = input.member === undefined ? undefined : bool(input.member, 'member');
	const notes = optionalText(input.notes, 'notes', PLAN_BOUNDS.longText);
	write(doc, () => {
		for (const [key, value] of Object.entries({ name, kind, member, notes })) {
			if (value !== undefined) actor.set(key, value);
		}
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
