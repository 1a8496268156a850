// How each kind of map node looks: colour and shape, shared by the canvas and its legend.
import type { NodeKind } from '$lib/plan';

export const nodeColours: Record<NodeKind, string> = {
	stage: '#e8eef0',
	firm: '#d8efe6',
	institution: '#e3e4f7',
	supplier: '#fbefd5',
	market: '#f7dede'
};

export const nodeKinds = Object.keys(nodeColours) as NodeKind[];
