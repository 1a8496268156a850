// What is linked to what, read from a snapshot: the map nodes an objective or project addresses and
// the objectives a project serves. The strategy and projects views show a link's other side with these.
import { anyText } from './localized';
import type { MapNode, Objective, PlanData, Project } from './types';

/** Map nodes by label, then id: the order links are listed in. */
function byLabel(a: MapNode, b: MapNode): number {
	return anyText(a.label).localeCompare(anyText(b.label)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * For every objective and project that map nodes are linked to, those nodes sorted by label.
 * One pass over the map, for views that list the links of many items.
 */
export function linkedNodesByItem(plan: PlanData): Map<string, MapNode[]> {
	const index = new Map<string, MapNode[]>();
	for (const node of plan.map.nodes) {
		for (const itemId of new Set([...node.objectiveIds, ...node.projectIds])) {
			const nodes = index.get(itemId);
			if (nodes) nodes.push(node);
			else index.set(itemId, [node]);
		}
	}
	for (const nodes of index.values()) nodes.sort(byLabel);
	return index;
}

/** The map nodes linked to the objective or project `itemId`, sorted by label; [] when none are. */
export function nodesLinkedTo(plan: PlanData, itemId: string): MapNode[] {
	return plan.map.nodes
		.filter((node) => node.objectiveIds.includes(itemId) || node.projectIds.includes(itemId))
		.sort(byLabel);
}

/** The objectives `project` is linked to, in the strategy's order; ids of missing objectives are skipped. */
export function objectivesOfProject(plan: PlanData, project: Project): Objective[] {
	const wanted = new Set(project.objectiveIds);
	return plan.strategy.lines.flatMap((line) =>
		line.objectives.filter((objective) => wanted.has(objective.id))
	);
}
