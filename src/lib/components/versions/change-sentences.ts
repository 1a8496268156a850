// What a diff says happened to an item, per kind of item: "Action 3.1 “…” added", "Добавлено
// мероприятие 3.1 «…»" (Russian words agree with the item's gender, so each pair has its own message).
import { m } from '$lib/paraglide/messages';
import type { ChangeKind, DiffCollection } from '$lib/plan';

type Sentence = (inputs: { name: string }) => string;

const sentences: Record<DiffCollection, Record<ChangeKind, Sentence>> = {
	plan: {
		added: m.versions_added_plan,
		removed: m.versions_removed_plan,
		changed: m.versions_changed_plan,
		moved: m.versions_moved_plan
	},
	stages: {
		added: m.versions_added_stages,
		removed: m.versions_removed_stages,
		changed: m.versions_changed_stages,
		moved: m.versions_moved_stages
	},
	nodes: {
		added: m.versions_added_nodes,
		removed: m.versions_removed_nodes,
		changed: m.versions_changed_nodes,
		moved: m.versions_moved_nodes
	},
	edges: {
		added: m.versions_added_edges,
		removed: m.versions_removed_edges,
		changed: m.versions_changed_edges,
		moved: m.versions_moved_edges
	},
	actors: {
		added: m.versions_added_actors,
		removed: m.versions_removed_actors,
		changed: m.versions_changed_actors,
		moved: m.versions_moved_actors
	},
	lines: {
		added: m.versions_added_lines,
		removed: m.versions_removed_lines,
		changed: m.versions_changed_lines,
		moved: m.versions_moved_lines
	},
	objectives: {
		added: m.versions_added_objectives,
		removed: m.versions_removed_objectives,
		changed: m.versions_changed_objectives,
		moved: m.versions_moved_objectives
	},
	actions: {
		added: m.versions_added_actions,
		removed: m.versions_removed_actions,
		changed: m.versions_changed_actions,
		moved: m.versions_moved_actions
	},
	projects: {
		added: m.versions_added_projects,
		removed: m.versions_removed_projects,
		changed: m.versions_changed_projects,
		moved: m.versions_moved_projects
	},
	funding: {
		added: m.versions_added_funding,
		removed: m.versions_removed_funding,
		changed: m.versions_changed_funding,
		moved: m.versions_moved_funding
	},
	indicators: {
		added: m.versions_added_indicators,
		removed: m.versions_removed_indicators,
		changed: m.versions_changed_indicators,
		moved: m.versions_moved_indicators
	},
	comments: {
		added: m.versions_added_comments,
		removed: m.versions_removed_comments,
		changed: m.versions_changed_comments,
		moved: m.versions_moved_comments
	}
};

// Stands in for the name while the sentence is built, so the page can put the name in its own
// element (with the language it is written in) wherever the language puts it.
const SLOT = '\u0001';

/** The sentence about one changed item, split around where its name goes. */
export function sentenceAround(collection: DiffCollection, kind: ChangeKind): [string, string] {
	const [before = '', after = ''] = sentences[collection][kind]({ name: SLOT }).split(SLOT);
	return [before, after];
}
