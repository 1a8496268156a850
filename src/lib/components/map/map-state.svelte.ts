// What one person's map page holds besides the plan: their view, their selection, their drag in
// flight, and a request to bring a node into sight. Shared by the canvas, the panel and the toolbar.
import { getContext, setContext, untrack } from 'svelte';
import type { Point } from '$lib/collab/presence.svelte';
import type { EdgeKind } from '$lib/plan';
import { defaultView, type MapView } from './map-view';

export class MapState {
	view = $state<MapView>({ ...defaultView });
	selectedNodes = $state.raw<string[]>([]);
	selectedEdges = $state.raw<string[]>([]);
	/** Positions of this person's drag in flight; plain, so each pointer move redraws nothing. */
	dragging: Readonly<Record<string, Point>> = {};
	/** True while an export needs every node drawn, not only those on screen. */
	drawAll = $state(false);
	/** What a flow drawn by dragging from one node to another carries. */
	newFlowKind = $state<EdgeKind>('goods');
	/** Why the last flow drawn on the canvas was not made, in words; empty when there is nothing to say. */
	notice = $state('');
	/** The node the canvas should select and centre next; `seq` makes asking twice move twice. */
	focus = $state.raw<{ id: string; seq: number } | null>(null);

	select(nodes: string[], edges: string[] = []) {
		// Same ids, same arrays: Svelte Flow reports unchanged selections too, and a new array
		// would redraw the map for nothing.
		untrack(() => {
			if (!sameIds(nodes, this.selectedNodes)) this.selectedNodes = nodes;
			if (!sameIds(edges, this.selectedEdges)) this.selectedEdges = edges;
		});
	}

	focusNode(id: string) {
		this.focus = { id, seq: untrack(() => this.focus?.seq ?? 0) + 1 };
	}
}

function sameIds(a: readonly string[], b: readonly string[]) {
	return a.length === b.length && a.every((id, i) => id === b[i]);
}

const key = Symbol('map-state');

export function setMapState(state: MapState): MapState {
	return setContext(key, state);
}

export function getMapState(): MapState {
	return getContext<MapState>(key);
}
