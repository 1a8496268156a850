// The plan (and who is doing what on it) as @xyflow/svelte nodes and edges. Objects are reused when
// nothing about them changed: Svelte Flow re-measures and re-renders only the nodes whose object is
// new, which keeps a 500-node map smooth while peers drag and edit.
import type { Edge, Node } from '@xyflow/svelte';
import { MarkerType } from '@xyflow/svelte';
import {
	STAGE_COLUMN_WIDTH,
	textIn,
	type EdgeKind,
	type Lang,
	type Localized,
	type NodeKind,
	type PlanData
} from '$lib/plan';
import type { Peer, Point } from '$lib/collab/presence.svelte';
import { isShown, membershipOf, nodeColour, stageColour, type MapView } from './map-view';

export type ActorNodeData = {
	/** In every language: the node shows the reader's, or another one marked. */
	label: Localized;
	kind: NodeKind;
	member: boolean | null;
	colour: string;
	/** Other people who have this node selected (outlined in their colour). */
	selectedBy: { name: string; color: string }[];
	links: number;
};
export type LaneNodeData = { title: Localized; colour: string; height: number };

export const edgeColours: Record<EdgeKind, string> = {
	goods: '#37474f',
	services: '#1565c0',
	money: '#2e7d32',
	knowledge: '#8e24aa'
};
export const edgeDashes: Record<EdgeKind, string> = {
	goods: '',
	services: '6 4',
	money: '2 4',
	knowledge: '10 4 2 4'
};

/** What of a peer shows on the nodes: the nodes they drag and those they have selected. */
export type PeerMarks = Pick<Peer, 'user' | 'selection' | 'drag'>;

/** What the canvas knows beyond the plan: selection, drags in flight, peers. */
export type FlowInput = {
	plan: PlanData;
	view: MapView;
	selected: ReadonlySet<string>;
	/** Positions of nodes this user is dragging right now, not yet written. */
	dragging: Readonly<Record<string, Point>>;
	peers: readonly PeerMarks[];
	/** The reader's language, for what is read out of a node (its aria-label). */
	lang: Lang;
};

type Cache<T> = Map<string, { key: string; item: T }>;

/**
 * The object for `id`: the one on the canvas now when nothing about it changed (Svelte Flow swaps
 * in its own measured copy of each node and redraws any node it is handed another object for),
 * else a new one that keeps the measured size, so the node is not hidden to be measured again.
 */
function reuse<T extends object>(
	cache: Cache<T>,
	next: Cache<T>,
	current: ReadonlyMap<string, T>,
	id: string,
	key: string,
	make: () => T
): T {
	const hit = cache.get(id);
	const shown = current.get(id);
	let item: T;
	if (hit && hit.key === key) item = shown ?? hit.item;
	else {
		const measured = shown && 'measured' in shown ? shown.measured : undefined;
		item = measured ? { ...make(), measured } : make();
	}
	next.set(id, { key, item });
	return item;
}

/** How far a lane reaches left of its stage's column, and above and below its nodes. */
export const LANE_MARGIN = 24;
/** The drawn size of an actor node before it is measured (ActorNode is 200px wide, 48px and up tall). */
export const NODE_SIZE = { width: 200, height: 56 } as const;

/** Where the stage lanes start and how tall they are: from above the highest node to below the lowest. */
export function laneFrame(plan: PlanData): { top: number; height: number } {
	const ys = plan.map.nodes.map((node) => node.y);
	const top = Math.min(0, ...ys) - 70;
	return { top, height: Math.max(0, ...ys) + 160 - top };
}

export class FlowBuilder {
	#nodes: Cache<Node> = new Map();
	#edges: Cache<Edge> = new Map();

	/** `current` is what the canvas holds now, with the sizes Svelte Flow measured. */
	nodes({ plan, view, selected, dragging, peers, lang }: FlowInput, current: readonly Node[] = []): Node[] {
		const shown = new Map(current.map((node) => [node.id, node]));
		const actors = new Map(plan.actors.map((actor) => [actor.id, actor]));
		const stageIndex = new Map(plan.map.stages.map((stage, index) => [stage.id, index]));
		const remoteDrag = new Map<string, Point>();
		const selectedBy = new Map<string, { name: string; color: string }[]>();
		for (const peer of peers) {
			for (const [id, point] of Object.entries(peer.drag)) remoteDrag.set(id, point);
			for (const id of peer.selection) {
				const list = selectedBy.get(id) ?? [];
				if (!list.some((p) => p.name === peer.user.name)) list.push(peer.user);
				selectedBy.set(id, list);
			}
		}
		const next: Cache<Node> = new Map();
		const out: Node[] = [];
		const { top, height } = laneFrame(plan);
		plan.map.stages.forEach((stage, index) => {
			const colour = stageColour(index);
			const key = JSON.stringify([stage.title, top, height, index]);
			out.push(
				reuse(this.#nodes, next, shown, `lane:${stage.id}`, key, () => ({
					id: `lane:${stage.id}`,
					type: 'lane',
					position: { x: index * STAGE_COLUMN_WIDTH - LANE_MARGIN, y: top },
					width: STAGE_COLUMN_WIDTH - LANE_MARGIN / 2,
					height,
					data: { title: stage.title, colour, height } satisfies LaneNodeData,
					draggable: false,
					selectable: false,
					connectable: false,
					deletable: false,
					focusable: false,
					zIndex: -1
				}))
			);
		});
		for (const node of plan.map.nodes) {
			const position = dragging[node.id] ?? remoteDrag.get(node.id) ?? { x: node.x, y: node.y };
			const data: ActorNodeData = {
				label: node.label,
				kind: node.kind,
				member: membershipOf(node, actors),
				colour: nodeColour(node, view, actors, stageIndex),
				selectedBy: selectedBy.get(node.id) ?? [],
				links: node.objectiveIds.length + node.projectIds.length
			};
			const hidden = !isShown(node, view, actors);
			const isSelected = selected.has(node.id);
			const key = JSON.stringify([data, position.x, position.y, hidden, isSelected, lang]);
			out.push(
				reuse(this.#nodes, next, shown, node.id, key, () => ({
					id: node.id,
					type: 'actor',
					position,
					// A node not drawn yet (off screen on a large map) still counts for the minimap and "Whole map".
					initialWidth: NODE_SIZE.width,
					initialHeight: NODE_SIZE.height,
					data,
					hidden,
					selected: isSelected,
					// Above the flows, so lines pass behind the boxes rather than through them.
					zIndex: 1,
					ariaLabel: textIn(node.label, lang).text
				}))
			);
		}
		this.#nodes = next;
		return out;
	}

	edges(
		{ plan, view, selected }: Omit<FlowInput, 'dragging' | 'peers' | 'lang'>,
		current: readonly Edge[] = []
	): Edge[] {
		const shownEdges = new Map(current.map((edge) => [edge.id, edge]));
		const actors = new Map(plan.actors.map((actor) => [actor.id, actor]));
		const shown = new Set(plan.map.nodes.filter((n) => isShown(n, view, actors)).map((n) => n.id));
		const next: Cache<Edge> = new Map();
		const out = plan.map.edges.map((edge) => {
			const hidden = !shown.has(edge.source) || !shown.has(edge.target);
			const isSelected = selected.has(edge.id);
			const key = JSON.stringify([edge, hidden, isSelected]);
			return reuse(this.#edges, next, shownEdges, edge.id, key, () => ({
				id: edge.id,
				source: edge.source,
				target: edge.target,
				label: edge.label || undefined,
				hidden,
				selected: isSelected,
				class: `flow-${edge.kind}`,
				style: `stroke: ${edgeColours[edge.kind]}; stroke-width: 2; stroke-dasharray: ${edgeDashes[edge.kind] || 'none'}`,
				markerEnd: { type: MarkerType.ArrowClosed, color: edgeColours[edge.kind] },
				ariaLabel: edge.label || edge.kind
			}));
		});
		this.#edges = next;
		return out;
	}
}
