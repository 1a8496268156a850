// Links between items, and their clean-up: removing an item removes every reference pointing at it
// in the same transaction, so a single peer never leaves a dangling link behind. (References that
// dangle only after concurrent edits merge are hidden by `snapshot`; see snapshot.ts.)
import * as Y from 'yjs';
import { PlanError } from './errors';
import { checkId } from './ids';
import { type Collection, type Item, getItem, items, write } from './layout';

/** Links a map node to an objective or project it contributes to. */
export function linkNode(doc: Y.Doc, nodeId: string, targetId: string): void {
	const node = getItem(doc, 'nodes', nodeId);
	const kind = linkKind(doc, checkId(targetId, 'targetId'));
	write(doc, () => {
		const links = node.get('links');
		if (links instanceof Y.Map) links.set(targetId, kind);
		else node.set('links', new Y.Map<string>([[targetId, kind]])); // only for nodes written by other code
	});
}

/** Removes a link between a map node and an objective or project. */
export function unlinkNode(doc: Y.Doc, nodeId: string, targetId: string): void {
	const node = getItem(doc, 'nodes', nodeId);
	const links = node.get('links');
	if (!(links instanceof Y.Map) || !links.has(targetId)) {
		throw new PlanError('not_found', 'targetId', `node ${nodeId} is not linked to ${targetId}`);
	}
	write(doc, () => links.delete(targetId));
}

function linkKind(doc: Y.Doc, id: string): 'objective' | 'project' {
	if (items(doc, 'objectives').has(id)) return 'objective';
	if (items(doc, 'projects').has(id)) return 'project';
	throw new PlanError('dangling_link', 'targetId', `${id} is neither an objective nor a project`);
}

/** Deletes `id` from a nested id-set field of `item`, if present. */
function dropFromSet(item: Item, key: string, removed: ReadonlySet<string>): void {
	const set = item.get(key);
	if (!(set instanceof Y.Map)) return;
	for (const id of [...set.keys()]) if (removed.has(id)) set.delete(id);
}

/**
 * Deletes the items `targets` (collection and id) and every reference to them. Call inside a
 * transaction. Comments are left alone: a thread on a removed item stays on record and `snapshot`
 * flags it `orphaned`.
 */
export function removeWithReferences(doc: Y.Doc, targets: [Collection, string][]): void {
	for (const [collection, id] of targets) items(doc, collection).delete(id);
	const removed = new Set(targets.map(([, id]) => id));
	items(doc, 'edges').forEach((edge, id) => {
		if (removed.has(edge.get('source') as string) || removed.has(edge.get('target') as string)) {
			items(doc, 'edges').delete(id);
		}
	});
	items(doc, 'nodes').forEach((node) => {
		if (removed.has(node.get('stageId') as string)) node.set('stageId', null);
		dropFromSet(node, 'links', removed);
	});
	items(doc, 'projects').forEach((project) => {
		if (removed.has(project.get('leadActorId') as string)) project.set('leadActorId', null);
		dropFromSet(project, 'partners', removed);
		dropFromSet(project, 'objectives', removed);
	});
	// A project's funding lines are part of it: they go with it.
	items(doc, 'funding').forEach((line, id) => {
		if (removed.has(line.get('projectId') as string)) items(doc, 'funding').delete(id);
	});
	items(doc, 'actions').forEach((action) => {
		dropFromSet(action, 'projects', removed);
		dropFromSet(action, 'indicators', removed);
	});
	items(doc, 'indicators').forEach((indicator) => {
		const link = indicator.get('link') as { id?: unknown } | null | undefined;
		if (link && removed.has(link.id as string)) indicator.set('link', null);
	});
}
