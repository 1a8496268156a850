// The plan items a workshop talks about, numbered as people say them in the room ("action 1.2.3",
// "project P3"), and where a link to one of them leads.
import { m } from '$lib/paraglide/messages';
import type { Localized, PlanData } from '$lib/plan';
import type { NoteLink, VoteTarget, Workshop } from '$lib/plan/workshop';
import { planPageHref } from '$lib/components/ui/plan-page';
import { plain } from '$lib/components/ui/localized';

/** An objective or action with its outline number, or a project with its list number. */
export type NumberedItem = { id: string; number: string; title: Localized; lineId: string };

/** Objectives in outline order, numbered "1.2" (line 1, objective 2). */
export function numberedObjectives(plan: PlanData): NumberedItem[] {
	return plan.strategy.lines.flatMap((line, li) =>
		line.objectives.map((objective, oi) => ({
			id: objective.id,
			number: `${li + 1}.${oi + 1}`,
			title: objective.title,
			lineId: line.id
		}))
	);
}

/** Actions in outline order, numbered "1.2.3". */
export function numberedActions(plan: PlanData): NumberedItem[] {
	return plan.strategy.lines.flatMap((line, li) =>
		line.objectives.flatMap((objective, oi) =>
			objective.actions.map((action, ai) => ({
				id: action.id,
				number: `${li + 1}.${oi + 1}.${ai + 1}`,
				title: action.title,
				lineId: line.id
			}))
		)
	);
}

/** Projects in list order, numbered "P1", "P2"… */
export function numberedProjects(plan: PlanData): NumberedItem[] {
	return plan.projects.map((project, index) => ({
		id: project.id,
		number: `P${index + 1}`,
		title: project.title,
		lineId: ''
	}));
}

/** "1.2 Raise flour exports" with the reader's language, or just the number when untitled. */
export function itemTitle(item: NumberedItem): string {
	const title = plain(item.title);
	return title ? `${item.number} ${title}` : item.number;
}

/** A note's text cut to fit a label or a list entry. */
export function shortText(text: string, max = 60): string {
	const line = text.replace(/\s+/g, ' ').trim();
	return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

const kindOf = { objectives: 'objective', actions: 'action', projects: 'project' } as const;

function numbered(plan: PlanData, kind: 'objective' | 'action' | 'project'): NumberedItem[] {
	if (kind === 'objective') return numberedObjectives(plan);
	if (kind === 'action') return numberedActions(plan);
	return numberedProjects(plan);
}

/** "Project P3 Mill upgrade", "Action 1.2.3 …"; the kind alone when the item is gone or not loaded. */
export function linkLabel(plan: PlanData | null, link: NoteLink): string {
	const kind = kindOf[link.collection];
	const item = plan ? numbered(plan, kind).find((entry) => entry.id === link.id) : undefined;
	const word = {
		objective: m.workshop_board_kind_objective,
		action: m.workshop_board_kind_action,
		project: m.workshop_board_kind_project
	}[kind]();
	return item ? `${word} ${itemTitle(item)}` : word;
}

/** The plan page that shows the item, scrolled to it. */
export function linkHref(cluster: string, planParam: string, link: NoteLink): string {
	const page = link.collection === 'projects' ? 'projects' : 'strategy';
	return `${planPageHref(cluster, planParam, page)}#${encodeURIComponent(link.id)}`;
}

/** What a vote item is called: a note's text, an action's or project's number and title. */
export function targetLabel(plan: PlanData | null, workshop: Workshop, target: VoteTarget): string {
	if (target.kind === 'note') {
		const note = workshop.notes.find((entry) => entry.id === target.id);
		return note ? shortText(note.text, 80) : m.workshop_board_item_gone();
	}
	const item = plan ? numbered(plan, target.kind).find((entry) => entry.id === target.id) : undefined;
	if (item)
		return `${target.kind === 'project' ? m.workshop_board_kind_project() : m.workshop_board_kind_action()} ${itemTitle(item)}`;
	return plan ? m.workshop_board_item_gone() : m.workshop_board_item_loading();
}
