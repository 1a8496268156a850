// What a workshop produced, as one plain object for exports: who came, what was written, how the
// votes went and what was decided, with plan items named as the plan names them.
import type { Localized } from '../localized';
import type { PlanData } from '../types';
import type { DefaultName, Named } from './names';
import type {
	Attendee,
	Decision,
	NoteLink,
	PriorityWrite,
	VoteResult,
	VoteTarget,
	VoteUndo,
	Workshop
} from './types';

export type SummaryItem = { key: string; label: Localized; number: string | null; exists: boolean };

export type WorkshopSummary = {
	id: string;
	title: string;
	planId: string;
	planTitle: Localized;
	startedAt: string;
	endedAt: string | null;
	minutes: number | null;
	facilitator: string;
	/** `title` as stored; `name` as each reader reads it (a default name in their language). */
	agenda: {
		title: string;
		defaultName: DefaultName | null;
		name: Localized;
		minutes: number;
		page: string;
	}[];
	attendees: Attendee[];
	columns: {
		title: string;
		defaultName: DefaultName | null;
		name: Localized;
		line: SummaryItem | null;
		groups: { title: string; link: SummaryItem | null; notes: SummaryNote[] }[];
		notes: SummaryNote[];
	}[];
	votes: {
		title: string;
		perPerson: number;
		perItem: number;
		anonymous: boolean;
		minutes: number | null;
		state: 'open' | 'closed';
		voters: number;
		results: (VoteResult & { item: SummaryItem; voterNames: string[] })[];
		/** The priorities closing wrote (null: closed before closing asked, when it wrote them all). */
		written: PriorityWrite[] | null;
		undone: VoteUndo | null;
	}[];
	decisions: (Decision & { item: SummaryItem | null })[];
};

export type SummaryNote = {
	text: string;
	authorName: string;
	votes: number | null;
	link: SummaryItem | null;
};

function same(text: string): Localized {
	return { ru: text, kk: text, en: text };
}

/** Names plan items and notes by key (`projects:<id>`, `project:<id>`, `note:<id>`). */
function namer(workshop: Workshop, plan: PlanData) {
	const names = new Map<string, { label: Localized; number: string | null }>();
	plan.strategy.lines.forEach((line, l) => {
		names.set(`lines:${line.id}`, { label: line.title, number: `${l + 1}` });
		line.objectives.forEach((objective, o) => {
			names.set(`objectives:${objective.id}`, { label: objective.title, number: `${l + 1}.${o + 1}` });
			objective.actions.forEach((action, a) =>
				names.set(`actions:${action.id}`, { label: action.title, number: `${l + 1}.${o + 1}.${a + 1}` })
			);
		});
	});
	plan.projects.forEach((project, p) =>
		names.set(`projects:${project.id}`, { label: project.title, number: `P${p + 1}` })
	);
	for (const note of workshop.notes) names.set(`notes:${note.id}`, { label: same(note.text), number: null });
	return (key: string): SummaryItem => {
		const found = names.get(key);
		return found ? { key, ...found, exists: true } : { key, label: same(key), number: null, exists: false };
	};
}

const collectionOf: Record<VoteTarget['kind'], string> = {
	note: 'notes',
	action: 'actions',
	project: 'projects'
};

/**
 * The summary of `workshop` on `plan`. `nameOf` gives a column's or step's name in the three
 * languages (the words of default names are the app's, not the plan's); without it, the title.
 */
export function workshopSummary(
	workshop: Workshop,
	plan: PlanData,
	nameOf: (item: Named) => Localized = (item) => same(item.title)
): WorkshopSummary {
	const name = namer(workshop, plan);
	const linkOf = (link: NoteLink | null) => (link ? name(`${link.collection}:${link.id}`) : null);
	const noteOf = (note: Workshop['notes'][number]): SummaryNote => ({
		text: note.text,
		authorName: note.authorName,
		votes: note.votes,
		link: linkOf(note.link)
	});
	const ended = workshop.endedAt ? Date.parse(workshop.endedAt) : null;
	return {
		id: workshop.id,
		title: workshop.title,
		planId: plan.id,
		planTitle: plan.title,
		startedAt: workshop.startedAt,
		endedAt: workshop.endedAt,
		minutes: ended === null ? null : Math.round((ended - Date.parse(workshop.startedAt)) / 60_000),
		facilitator: workshop.startedByName,
		agenda: workshop.agenda.map((step) => ({
			title: step.title,
			defaultName: step.defaultName,
			name: nameOf(step),
			minutes: step.minutes,
			page: step.page
		})),
		attendees: workshop.attendees,
		columns: workshop.columns.map((column) => ({
			title: column.title,
			defaultName: column.defaultName,
			name: nameOf(column),
			line: column.lineId ? name(`lines:${column.lineId}`) : null,
			groups: workshop.groups
				.filter((group) => group.columnId === column.id)
				.map((group) => ({
					title: group.title,
					link: linkOf(group.link),
					notes: workshop.notes.filter((note) => note.groupId === group.id).map(noteOf)
				})),
			notes: workshop.notes.filter((note) => note.columnId === column.id && note.groupId === null).map(noteOf)
		})),
		votes: workshop.votes.map((vote) => ({
			title: vote.title,
			perPerson: vote.perPerson,
			perItem: vote.perItem,
			anonymous: vote.anonymous,
			minutes: vote.closesAt === null ? null : Math.round((vote.closesAt - vote.openedAt) / 60_000),
			state: vote.state,
			voters: Object.values(vote.ballots).filter((ballot) => Object.values(ballot).some((dots) => dots > 0))
				.length,
			results: (vote.results ?? []).map((result) => ({
				...result,
				item: name(`${collectionOf[result.target.kind]}:${result.target.id}`),
				// Names only for a vote that is not anonymous; an anonymous vote has none to give.
				voterNames: vote.anonymous
					? []
					: Object.entries(vote.ballots)
							.filter(([, ballot]) => (ballot[result.key] ?? 0) > 0)
							.map(([key]) => vote.voterNames[key] ?? '')
			})),
			written: vote.written,
			undone: vote.undone
		})),
		decisions: workshop.decisions.map((decision) => ({
			...decision,
			item: decision.ref && !decision.ref.startsWith('vote:') ? name(decision.ref) : null
		}))
	};
}
