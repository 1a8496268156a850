// The title of whatever a thread hangs on, for lists of threads from all over the plan.
import { textIn, type Lang, type PlanData } from '$lib/plan';

/** The anchored item's title in `lang` (or its fallback); null for the plan itself or a removed item. */
export function anchorTitle(plan: PlanData, anchorId: string, lang: Lang): string | null {
	const { map, strategy } = plan;
	const named =
		map.nodes.find((n) => n.id === anchorId)?.label ??
		map.stages.find((s) => s.id === anchorId)?.title ??
		plan.actors.find((a) => a.id === anchorId)?.name;
	if (named !== undefined) return textIn(named, lang).text;
	const edge = map.edges.find((e) => e.id === anchorId);
	if (edge !== undefined) return edge.label;
	for (const line of strategy.lines) {
		if (line.id === anchorId) return textIn(line.title, lang).text;
		for (const objective of line.objectives) {
			if (objective.id === anchorId) return textIn(objective.title, lang).text;
			const action = objective.actions.find((a) => a.id === anchorId);
			if (action) return textIn(action.title, lang).text;
		}
	}
	const project = plan.projects.find((p) => p.id === anchorId);
	if (project) return textIn(project.title, lang).text;
	const indicator = plan.indicators.find((i) => i.id === anchorId);
	if (indicator) return [indicator.code, textIn(indicator.name, lang).text].filter(Boolean).join(' ');
	return null;
}
