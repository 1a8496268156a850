// The names of a diff's sections and of its kinds of change, in the reader's language.
import { m } from '$lib/paraglide/messages';
import type { ChangeKind, ChangeSection } from '$lib/plan';

export const sectionLabels: Record<ChangeSection, () => string> = {
	plan: m.versions_section_plan,
	map: m.versions_section_map,
	strategy: m.versions_section_strategy,
	projects: m.versions_section_projects,
	indicators: m.versions_section_indicators,
	comments: m.versions_section_comments
};

export const countLabels: Record<ChangeKind, () => string> = {
	added: m.versions_count_added,
	removed: m.versions_count_removed,
	changed: m.versions_count_changed,
	moved: m.versions_count_moved
};
