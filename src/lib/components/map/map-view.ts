// Views of the map: what colours a node and which nodes are shown, from the plan's own data.
// Plain functions of the plan, so the canvas, the legend and the tests agree.
import { anyText, LANGS, type Actor, type MapNode, type NodeKind, type PlanData } from '$lib/plan';
import { nodeColours } from './node-style';

export type ColourBy = 'kind' | 'membership' | 'stage';
export type Membership = 'all' | 'members' | 'others';

/** What the map shows: the colouring, and the filters (an empty `kinds` list shows every kind). */
export type MapView = {
	colourBy: ColourBy;
	kinds: NodeKind[];
	membership: Membership;
	stageId: string | null;
};

export const defaultView: MapView = { colourBy: 'kind', kinds: [], membership: 'all', stageId: null };

export const membershipColours = { member: '#bfe3c9', other: '#eceff0', none: '#ffffff' } as const;

// Light enough for dark text on top, distinct enough to tell ten stages apart.
const stagePalette = [
	'#fde2c4',
	'#d9ecf7',
	'#dcefd6',
	'#f4dcef',
	'#fff1b8',
	'#e2dcf5',
	'#cfeee9',
	'#f8d7d3',
	'#e6e6e6',
	'#e9f2c9'
];

export function stageColour(index: number): string {
	return stagePalette[index % stagePalette.length]!;
}

/** Is the node's actor a member of the cluster? Null for nodes that show no actor. */
export function membershipOf(node: MapNode, actors: ReadonlyMap<string, Actor>): boolean | null {
	return node.actorId ? (actors.get(node.actorId)?.member ?? null) : null;
}

export function nodeColour(
	node: MapNode,
	view: MapView,
	actors: ReadonlyMap<string, Actor>,
	stageIndex: ReadonlyMap<string, number>
): string {
	if (view.colourBy === 'membership') {
		const member = membershipOf(node, actors);
		return member === null
			? membershipColours.none
			: member
				? membershipColours.member
				: membershipColours.other;
	}
	if (view.colourBy === 'stage') {
		const index = node.stageId ? stageIndex.get(node.stageId) : undefined;
		return index === undefined ? membershipColours.none : stageColour(index);
	}
	return nodeColours[node.kind];
}

export function isShown(node: MapNode, view: MapView, actors: ReadonlyMap<string, Actor>): boolean {
	if (view.kinds.length && !view.kinds.includes(node.kind)) return false;
	if (view.stageId && node.stageId !== view.stageId) return false;
	if (view.membership !== 'all') {
		const member = membershipOf(node, actors);
		if (member === null || member !== (view.membership === 'members')) return false;
	}
	return true;
}

/** Nodes whose label contains the query (any case, any language), best matches first. */
export function searchNodes(plan: PlanData, query: string): MapNode[] {
	const needle = query.trim().toLocaleLowerCase();
	if (!needle) return [];
	return plan.map.nodes
		.map((node) => ({ node, at: bestMatch(node, needle) }))
		.filter(({ at }) => at >= 0)
		.sort((a, b) => a.at - b.at || anyText(a.node.label).localeCompare(anyText(b.node.label)))
		.map(({ node }) => node);
}

/** Where `needle` starts in the node's label in whichever language has it earliest; -1 when none has it. */
function bestMatch(node: MapNode, needle: string): number {
	const found = LANGS.map((lang) => node.label[lang].toLocaleLowerCase().indexOf(needle)).filter(
		(at) => at >= 0
	);
	return found.length ? Math.min(...found) : -1;
}

/** True when the view hides nothing, so the filter controls can say so. */
export function isUnfiltered(view: MapView): boolean {
	return !view.kinds.length && view.membership === 'all' && view.stageId === null;
}
