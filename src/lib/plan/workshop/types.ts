// The plain-JSON shape of a workshop, read from the plan document for pages, exports and tests.
// Workshops live in the plan's document (root `workshops`), written only by the server's door.
import type { DefaultName } from './names';

/** What an agenda step points people at; `board` is the workshop page itself. */
export const WORKSHOP_PAGES = ['board', 'map', 'strategy', 'projects', 'indicators'] as const;
export type WorkshopPage = (typeof WORKSHOP_PAGES)[number];

/** `defaultName`: the step's name is a default, shown in each reader's language (see names.ts). */
export type AgendaStep = {
	id: string;
	title: string;
	defaultName: DefaultName | null;
	minutes: number;
	page: WorkshopPage;
	order: number;
};

/** The shared timer of the current step, in server milliseconds so every screen shows the same time. */
export type Timer = {
	stepId: string | null;
	/** When the timer last started; null while paused. */
	startedAt: number | null;
	/** Time run before `startedAt`, kept across pauses. */
	elapsed: number;
};

/**
 * A board column; `lineId` ties it to a strategic line ("ideas per line"); `defaultName`: its name is
 * a default, shown in each reader's language.
 */
export type Column = {
	id: string;
	title: string;
	defaultName: DefaultName | null;
	order: number;
	lineId: string | null;
};

/** The plan item a note or group became. */
export type NoteLink = { collection: 'objectives' | 'actions' | 'projects'; id: string };

export type Note = {
	id: string;
	columnId: string;
	groupId: string | null;
	text: string;
	author: string;
	authorName: string;
	createdAt: string;
	link: NoteLink | null;
	/** Dots it received, set when a vote over it closes. */
	votes: number | null;
};

export type Group = { id: string; columnId: string; title: string; order: number; link: NoteLink | null };

export const VOTE_TARGET_KINDS = ['note', 'action', 'project'] as const;
export type VoteTargetKind = (typeof VOTE_TARGET_KINDS)[number];
export type VoteTarget = { kind: VoteTargetKind; id: string };

export type VoteState = 'open' | 'closed';

export type VoteResult = {
	target: VoteTarget;
	/** `${kind}:${id}`, the key ballots use. */
	key: string;
	dots: number;
	/** How many people put at least one dot on it. */
	voters: number;
	/**
	 * The priority its dots give it on the plan's 0–10 scale. Written into the item only when the
	 * facilitator chose it on closing (see `Vote.written`).
	 */
	priority: number;
	/** 1 for the most dots; equal dots share a rank. */
	rank: number;
};

export type Vote = {
	id: string;
	title: string;
	targets: VoteTarget[];
	/** Dots each person has. */
	perPerson: number;
	/** Most dots one person may put on one item. */
	perItem: number;
	anonymous: boolean;
	openedAt: number;
	/** After it no ballot is taken; the facilitator still closes the vote. */
	closesAt: number | null;
	state: VoteState;
	/** voter key → item key → dots. An anonymous vote's keys are opaque. */
	ballots: Record<string, Record<string, number>>;
	/** voter key → name; empty for an anonymous vote. */
	voterNames: Record<string, string>;
	results: VoteResult[] | null;
	closedAt: number | null;
	/**
	 * The priorities closing wrote, as the facilitator chose them from the preview. Null while open,
	 * and for a vote closed before closing asked (it wrote every project's and action's priority).
	 */
	written: PriorityWrite[] | null;
	/** Set once the facilitator took this vote's priorities back. */
	undone: VoteUndo | null;
};

/** A priority closing a vote wrote into a project or action, and the one it replaced. */
export type PriorityWrite = { target: VoteTarget; key: string; before: number | null; after: number };

/** Undoing a vote's priorities: when, by whom, which items got their priority back and which were kept. */
export type VoteUndo = { at: number; byName: string; restored: string[]; kept: string[] };

export type Attendee = { id: string; name: string; role: string; joinedAt: string };

export const DECISION_KINDS = ['manual', 'converted', 'vote', 'undone'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];
export type Decision = {
	id: string;
	text: string;
	kind: DecisionKind;
	byName: string;
	at: string;
	/** What it is about: `projects:<id>`, `vote:<id>`… */
	ref: string | null;
};

export type WorkshopState = 'running' | 'ended';

export type Workshop = {
	id: string;
	title: string;
	state: WorkshopState;
	startedAt: string;
	startedBy: string;
	startedByName: string;
	endedAt: string | null;
	agenda: AgendaStep[];
	timer: Timer;
	/** `by` is the user id of the facilitator everyone follows while `on`. */
	follow: { on: boolean; by: string | null };
	columns: Column[];
	groups: Group[];
	notes: Note[];
	votes: Vote[];
	attendees: Attendee[];
	decisions: Decision[];
};

/** Who does something in a workshop, from the session (never from the request body). */
export type Participant = { id: string; username: string; name: string; role: string };
