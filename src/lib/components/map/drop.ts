// Where dragged nodes land: their rounded positions, and the stage whose column each one's centre
// is in (the lanes drawn behind the map are the stages, so dropping a node in a lane places it there).
import type * as Y from 'yjs';
import type { Node } from '@xyflow/svelte';
import { moveNodes, STAGE_COLUMN_WIDTH, stageColumnAt, type NodePosition, type PlanData } from '$lib/plan';

/** Half the width of a drawn node (ActorNode is 200px wide). */
const HALF_WIDTH = 100;

export function positionsOf(nodes: Node[]): NodePosition[] {
	return nodes
		.filter((node) => node.type === 'actor')
		.map((node) => ({ id: node.id, x: Math.round(node.position.x), y: Math.round(node.position.y) }));
}

export function dropNodes(doc: Y.Doc, plan: PlanData, positions: NodePosition[]): void {
	const stages = plan.map.stages;
	moveNodes(
		doc,
		stages.length
			? positions.map((p) => ({ ...p, stageId: stages[stageColumnAt(p.x + HALF_WIDTH, stages.length)]!.id }))
			: positions
	);
}

/** Where a node added to a stage goes: in its column, below what is already there. */
export function freeSpotIn(plan: PlanData, stageId: string | null): { x: number; y: number } {
	const column = Math.max(
		0,
		plan.map.stages.findIndex((stage) => stage.id === stageId)
	);
	const inStage = plan.map.nodes.filter((node) => node.stageId === stageId);
	const bottom = Math.max(-110, ...inStage.map((node) => node.y));
	return { x: column * STAGE_COLUMN_WIDTH, y: bottom + 110 };
}
