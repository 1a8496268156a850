// Nodes of the value chain map. An actor node shows an actor record (its name and kind come from
// the actor, so renaming a firm renames every node showing it); a free node carries its own label, in
// three languages (`label.ru` …; one written as a single `label` still reads).
// Positions are written once, on drag end, through `moveNodes`; live drags travel through awareness.
import * as Y from 'yjs';
import { PLAN_BOUNDS } from './bounds';
import { PlanError } from './errors';
import { freshId } from './ids';
import { finiteNumber, oneOf, optionalText } from './input';
import { checkLocalizedChange } from './lang-guess';
import { type Collection, getItem, items, makeItem, write } from './layout';
import { removeWithReferences } from './links';
import { checkLocalized, localizedFields, writeLocalized, type LocalizedInput } from './localized';
import { NODE_KINDS, type NodeKind } from './types';

/** Input of `addNode`; without `id` a new random id is used. */
export type NodeInput = {
	id?: string;
	/** The actor shown; when set, `label` and `kind` come from the actor. */
	actorId?: string | null;
	label?: LocalizedInput;
	kind?: NodeKind;
	stageId?: string | null;
	notes?: string;
	owner?: string;
	x: number;
	y: number;
};

/** Fields `updateNode` may change; fields left undefined keep their value. */
export type NodeUpdate = {
	label?: LocalizedInput;
	kind?: NodeKind;
	stageId?: string | null;
	notes?: string;
	owner?: string;
};

/** Where a node was dropped, and the stage whose column it was dropped in (undefined: unchanged). */
export type NodePosition = { id: string; x: number; y: number; stageId?: string | null };

function checkStage(doc: Y.Doc, stageId: string | null | undefined): string | null | undefined {
	if (stageId === undefined || stageId === null) return stageId;
	if (!items(doc, 'stages').has(stageId))
		throw new PlanError('dangling_link', 'stageId', `no stage ${stageId}`);
	return stageId;
}

/** Adds a node and returns its id. */
export function addNode(doc: Y.Doc, input: NodeInput): string {
	const id = freshId(doc, input.id);
	const actorId = input.actorId ?? null;
	if (actorId !== null && !items(doc, 'actors').has(actorId)) {
		throw new PlanError('dangling_link', 'actorId', `no actor ${actorId}`);
	}
	// An actor node's name is the actor's: it holds no label of its own.
	const label = actorId === null ? localizedFields('label', checkLocalized(input.label, 'label', true)) : {};
	const kind = actorId === null ? oneOf(input.kind ?? 'stage', NODE_KINDS, 'kind') : undefined;
	const stageId = checkStage(doc, input.stageId) ?? null;
	const notes = optionalText(input.notes, 'notes', PLAN_BOUNDS.longText) ?? '';
	const owner = optionalText(input.owner, 'owner') ?? '';
	const x = finiteNumber(input.x, 'x');
	const y = finiteNumber(input.y, 'y');
	write(doc, () =>
		// `links` exists from the start: two peers linking a new node at once must add to one map,
		// not each create their own (one of which would be lost).
		items(doc, 'nodes').set(
			id,
			makeItem({ actorId, ...label, kind, stageId, notes, owner, x, y, links: new Y.Map() })
		)
	);
	return id;
}

/** Changes a node's label, kind, stage, notes or owner. Label and kind of an actor node belong to the actor. */
export function updateNode(doc: Y.Doc, id: string, input: NodeUpdate): void {
	const node = getItem(doc, 'nodes', id);
	const isActorNode = typeof node.get('actorId') === 'string';
	if (isActorNode && (input.label !== undefined || input.kind !== undefined)) {
		throw new PlanError(
			'invalid_value',
			input.label !== undefined ? 'label' : 'kind',
			'edit the actor instead'
		);
	}
	const label =
		input.label === undefined ? undefined : checkLocalizedChange(node, 'label', input.label, true);
	const kind = input.kind === undefined ? undefined : oneOf(input.kind, NODE_KINDS, 'kind');
	const stageId = checkStage(doc, input.stageId);
	const notes = optionalText(input.notes, 'notes', PLAN_BOUNDS.longText);
	const owner = optionalText(input.owner, 'owner');
	write(doc, () => {
		if (label) writeLocalized(node, 'label', label);
		const fields = { kind, stageId, notes, owner };
		for (const [key, value] of Object.entries(fields)) if (value !== undefined) node.set(key, value);
	});
}

/** Writes the final positions of nodes after a drag (one transaction for a multi-node drag). */
export function moveNodes(doc: Y.Doc, positions: NodePosition[]): void {
	const checked = positions.map((position) => ({
		node: getItem(doc, 'nodes', position.id),
		x: finiteNumber(position.x, 'x'),
		y: finiteNumber(position.y, 'y'),
		stageId: checkStage(doc, position.stageId)
	}));
	// Only what changed is written: an unchanged field written again still costs bytes for good.
	write(doc, () => {
		for (const { node, x, y, stageId } of checked) {
			if (node.get('x') !== x) node.set('x', x);
			if (node.get('y') !== y) node.set('y', y);
			if (stageId !== undefined && node.get('stageId') !== stageId) node.set('stageId', stageId);
		}
	});
}

/** Removes nodes and the edges touching them. */
export function removeNodes(doc: Y.Doc, ids: string[]): void {
	for (const id of ids) getItem(doc, 'nodes', id);
	const removed = ids.map((id): [Collection, string] => ['nodes', id]);
	write(doc, () => removeWithReferences(doc, removed));
}

/** Removes one node and the edges touching it. */
export function removeNode(doc: Y.Doc, id: string): void {
	removeNodes(doc, [id]);
}
