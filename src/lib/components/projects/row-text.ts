// What each cell of a project's row reads, as plain strings: the table draws 500 rows of them, so
// a row is text in cells rather than a tree of components.
import { textIn, type Lang, type Project } from '$lib/plan';
import { fundingLabels, statusLabels } from './project-labels';
import { linkedObjectives, type PlanIndex } from './project-view';

export type RowText = {
	/** The lead firm's name; null when none is chosen (or it was removed). */
	lead: string | null;
	/** Partners' names in alphabetical order, comma-separated; '' when none. */
	partners: string;
	budget: string;
	funding: string;
	/** Formatted days; null when not set. */
	start: string | null;
	end: string | null;
	status: string;
	/** Titles of the linked objectives in the reader's language, in the strategy's order. */
	objectives: string[];
};

export type RowFormats = { tenge: (amount: number) => string; day: (iso: string) => string };

export function rowText(project: Project, index: PlanIndex, lang: Lang, format: RowFormats): RowText {
	const name = (id: string) => {
		const value = index.actorNames.get(id);
		return value ? textIn(value, lang).text : undefined;
	};
	return {
		lead: (project.leadActorId && name(project.leadActorId)) || null,
		partners: project.partnerIds
			.map(name)
			.filter((n): n is string => !!n)
			.sort((a, b) => a.localeCompare(b, lang))
			.join(', '),
		budget: format.tenge(project.budget),
		funding: fundingLabels[project.fundingSource](),
		start: project.start ? format.day(project.start) : null,
		end: project.end ? format.day(project.end) : null,
		status: statusLabels[project.status](),
		objectives: linkedObjectives(project, index).map((objective) => textIn(objective.title, lang).text)
	};
}
