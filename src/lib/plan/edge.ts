// Edges of the value chain map: a flow of goods, services, money or knowledge from one node to another.
// One flow of a kind between two nodes: a second one would be drawn exactly over the first, hidden.
import * as Y from 'yjs';
import { PlanError } from './errors';
import { freshId } from './ids';
import { oneOf, optionalText } from './input';
import { getItem, items, makeItem, write, type Item } from './layout';
import { EDGE_KINDS, type EdgeKind } from './types';

/** Input of `connect`; without `id` a new random id is used. */
export type EdgeInput = { id?: string; source: string; target: string; kind: EdgeKind; label?: string };

/** What makes two flows the same flow: its ends and what it carries (not its label). */
export type FlowEnds = { source: string; target: string; kind: string };

/**
 * The flow's identity as one string: two edges with the same key are the same flow, and only the
 * one with the smallest id is shown (`snapshot`). Ids are short tokens, so the separator is safe.
 */
export function flowKey({ source, target, kind }: FlowEnds): string {
	return `${source} ${target} ${kind}`;
}

function endsOf(item: Item): FlowEnds {
	return {
		source: String(item.get('source')),
		target: String(item.get('target')),
		kind: String(item.get('kind'))
	};
}

/** Ids of the edges that carry `flow`, in id order, `except` one. */
function edgesCarrying(doc: Y.Doc, flow: FlowEnds, except?: string): string[] {
	const key = flowKey(flow);
	const found: string[] = [];
	items(doc, 'edges').forEach((item, id) => {
		if (id !== except && item instanceof Y.Map && flowKey(endsOf(item)) === key) found.push(id);
	});
	return found.sort();
}

/**
 * Connects two distinct existing nodes and returns the edge id. A flow of the same kind between
 * the same two nodes is refused (`duplicate_flow`): give the existing one another label instead.
 */
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
	const [existing] = edgesCarrying(doc, { source: input.source, target: input.target, kind });
	if (existing !== undefined)
		throw new PlanError('duplicate_flow', 'target', `edge ${existing} already carries ${kind} between them`);
	write(doc, () =>
		items(doc, 'edges').set(id, makeItem({ source: input.source, target: input.target, kind, label }))
	);
	return id;
}

/**
 * Changes the kind or label of an edge. Its ends are fixed: reconnecting is remove plus connect.
 * A kind another flow between the same nodes already carries is refused (`duplicate_flow`). Copies
 * of the flow that concurrent adds left hidden go when its kind changes, or they would show again.
 */
export function updateEdge(doc: Y.Doc, id: string, input: { kind?: EdgeKind; label?: string }): void {
	const edge = getItem(doc, 'edges', id);
	const kind = input.kind === undefined ? undefined : oneOf(input.kind, EDGE_KINDS, 'kind');
	const label = optionalText(input.label, 'label');
	const before = endsOf(edge);
	const changesKind = kind !== undefined && kind !== before.kind;
	if (changesKind) {
		const [taken] = edgesCarrying(doc, { ...before, kind }, id);
		if (taken !== undefined)
			throw new PlanError('duplicate_flow', 'kind', `edge ${taken} already carries ${kind} between them`);
	}
	write(doc, () => {
		if (changesKind) for (const copy of edgesCarrying(doc, before, id)) items(doc, 'edges').delete(copy);
		if (kind !== undefined) edge.set('kind', kind);
		if (label !== undefined) edge.set('label', label);
	});
}

/** Removes an edge, and the copies of its flow that concurrent adds left hidden behind it. */
export function removeEdge(doc: Y.Doc, id: string): void {
	const edge = getItem(doc, 'edges', id);
	const copies = edgesCarrying(doc, endsOf(edge), id);
	write(doc, () => {
		for (const copy of copies) items(doc, 'edges').delete(copy);
		items(doc, 'edges').delete(id);
	});
}
