// Edges of the value chain map: a flow of goods, services, money or knowledge from one node to another.
import type * as Y from 'yjs';
import { PlanError } from './errors';
import { freshId } from './ids';
import { oneOf, optionalText } from './input';
import { getItem, items, makeItem, write } from './layout';
import { EDGE_KINDS, type EdgeKind } from './types';

/** Input of `connect`; without `id` a new random id is used. */
export type EdgeInput = { id?: string; source: string; target: string; kind: EdgeKind; label?: string };

/** Connects two distinct existing nodes and returns the edge id. */
export function connect(doc: Y.Doc, input: EdgeInput): string {
	const id = freshId(doc, input.id);
	const nodes = items(doc, 'nodes');
	if (typeof input.source !== 'string' || !nodes.has(input.source)) {
		throw new PlanError('dangling_link', 'source', `no node ${String(input.source)}`);
	}
	if (typeof input.target !== 'string' || !nodes.has(input.target)) {
		throw new PlanError('dangling_link', 'target', `no node ${String(input.target)}`);
	}
	if (input.source === input.target)
		throw new PlanError('self_loop', 'target', 'a node cannot flow to itself');
	const kind = oneOf(input.kind, EDGE_KINDS, 'kind');
	const label = optionalText(input.label, 'label') ?? '';
	write(doc, () =>
		items(doc, 'edges').set(id, makeItem({ source: input.source, target: input.target, kind, label }))
	);
	return id;
}

/** Changes the kind or label of an edge. Its ends are fixed: reconnecting is remove plus connect. */
export function updateEdge(doc: Y.Doc, id: string, input: { kind?: EdgeKind; label?: string }): void {
	const edge = getItem(doc, 'edges', id);
	const kind = input.kind === undefined ? undefined : oneOf(input.kind, EDGE_KINDS, 'kind');
	const label = optionalText(input.label, 'label');
	write(doc, () => {
		if (kind !== undefined) edge.set('kind', kind);
		if (label !== undefined) edge.set('label', label);
	});
}

/** Removes an edge. */
export function removeEdge(doc: Y.Doc, id: string): void {
	getItem(doc, 'edges', id);
	write(doc, () => items(doc, 'edges').delete(id));
}
