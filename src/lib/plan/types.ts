// The plain-JSON shape of a plan (`PlanData`): what pages render, exports write, diffs compare
// and the API returns. It is derived from the Yjs document by `snapshot`, never stored.
import type { Localized } from './localized';
import type { Outdated } from './outdated';

export type { Lang, Localized } from './localized';
export type { Outdated, OutdatedLangs } from './outdated';

/** Kinds of flow an edge of the value chain map carries. */
export const EDGE_KINDS = ['goods', 'services', 'money', 'knowledge'] as const;
/** What flows along an edge. */
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** Kinds of actor; a firm or institution is one record however many map nodes show it. */
export const ACTOR_KINDS = ['firm', 'institution', 'supplier', 'market'] as const;
/** What kind of actor a record is. */
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** A node either shows an actor (and takes its kind) or is a free label such as a stage marker. */
export const NODE_KINDS = ['stage', ...ACTOR_KINDS] as const;
/** What a map node shows. */
export type NodeKind = (typeof NODE_KINDS)[number];

/** Allowed funding sources of a project. */
export const FUNDING_SOURCES = ['state_support', 'own_funds', 'donor', 'loan', 'other'] as const;
/** Where a project’s money comes from; `state_support` covers state support measures (DAMU, KazakhExport, programme grants), `donor` international donors such as the World Bank. */
export type FundingSource = (typeof FUNDING_SOURCES)[number];

/** Where a funding line stands: planned → applied → approved → paid, or refused by its source. */
export const FUNDING_STATES = ['planned', 'applied', 'approved', 'paid', 'refused'] as const;
/** The state of one funding line. */
export type FundingState = (typeof FUNDING_STATES)[number];

/** Allowed statuses of a project. */
export const PROJECT_STATUSES = ['proposed', 'approved', 'in_progress', 'completed', 'cancelled'] as const;
/** Where a project stands. */
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** Allowed statuses of an action. */
export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;
/** Where an action stands. */
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Allowed measurement frequencies of an indicator. */
export const FREQUENCIES = ['monthly', 'quarterly', 'semiannual', 'annual'] as const;
/** How often an indicator is measured. */
export type Frequency = (typeof FREQUENCIES)[number];

/** Levels of the results chain an indicator measures. */
export const INDICATOR_LEVELS = ['impact', 'outcome', 'output'] as const;
/** Whether an indicator measures impact, an outcome or an output. */
export type IndicatorLevel = (typeof INDICATOR_LEVELS)[number];

/** A stage (column) of the value chain map. */
export type Stage = { id: string; title: Localized; order: number };

/** A node of the value chain map. */
export type MapNode = {
	id: string;
	kind: NodeKind;
	/** The actor's name for actor nodes, the node's own label otherwise. */
	label: Localized;
	actorId: string | null;
	stageId: string | null;
	notes: string;
	owner: string;
	x: number;
	y: number;
	objectiveIds: string[];
	projectIds: string[];
};

/** A flow from one node (`source`) to another (`target`). */
export type Edge = { id: string; source: string; target: string; kind: EdgeKind; label: string };

/** A firm, institution, supplier or market; `member` says whether it belongs to the cluster. */
export type Actor = {
	id: string;
	name: Localized;
	kind: ActorKind;
	member: boolean;
	notes: string;
	/** The registry's participant it stands for; absent when none (and in data saved before links). */
	participantId?: string;
};

/** A concrete step under an objective. */
export type Action = {
	id: string;
	title: Localized;
	/** Plain text of the rich-text description. */
	description: Localized;
	owner: string;
	dueDate: string | null;
	status: ActionStatus;
	/** 0 (lowest) to 10 (highest); null until someone (or a workshop vote) sets it. */
	priority: number | null;
	order: number;
	projectIds: string[];
	indicatorIds: string[];
	/** Languages of its texts that may be outdated, by field; absent when none is. */
	outdated?: Outdated;
};

/** What a strategic line sets out to achieve, with its actions in order. */
export type Objective = {
	id: string;
	title: Localized;
	description: Localized;
	/** What must hold for the objective to be reached, and the risks to it (the logframe's last column). */
	assumptions: Localized;
	order: number;
	actions: Action[];
	/** Languages of its texts that may be outdated, by field; absent when none is. */
	outdated?: Outdated;
};

/** A strategic line with its objectives in order. */
export type Line = {
	id: string;
	title: Localized;
	description: Localized;
	order: number;
	objectives: Objective[];
	/** Languages of its texts that may be outdated, by field; absent when none is. */
	outdated?: Outdated;
};

/**
 * One part of a project's budget: an amount from one source over some years. A line on a state
 * support measure names the measure of the catalogue (kept in the database, so only its id is here);
 * null while the cluster counts on support no measure gives yet.
 */
export type FundingLine = {
	id: string;
	source: FundingSource;
	measureId: string | null;
	/** In tenge. */
	amount: number;
	/** The years the money is spent in; null ends are open (unscheduled). */
	fromYear: number | null;
	toYear: number | null;
	state: FundingState;
	/** ISO dates of the steps, each null until taken. */
	appliedOn: string | null;
	decidedOn: string | null;
	paidOn: string | null;
	/** Who exactly (the donor, the bank) or anything else worth a line. */
	note: string;
	order: number;
};

/** A cluster project. */
export type Project = {
	id: string;
	title: Localized;
	description: Localized;
	leadActorId: string | null;
	partnerIds: string[];
	/** The sum of its funding lines. */
	budget: number;
	/** The source of its largest line (the first of equals): what one column of a table can show. */
	fundingSource: FundingSource;
	funding: FundingLine[];
	/** ISO dates (YYYY-MM-DD); `end` is never before `start`. */
	start: string | null;
	end: string | null;
	status: ProjectStatus;
	/** 0 (lowest) to 10 (highest). */
	priority: number;
	objectiveIds: string[];
	/** Languages of its texts that may be outdated, by field; absent when none is. */
	outdated?: Outdated;
};

/** What an indicator measures progress towards: one objective or one project. */
export type IndicatorLink = { kind: 'objective' | 'project'; id: string };

/** An indicator definition (measured values live in the database). */
export type Indicator = {
	id: string;
	/** Short code people and formulas refer to it by ("EXP1"). */
	code: string;
	name: Localized;
	level: IndicatorLevel;
	/** What a value is counted in ("t", "тонна"); '' in every language for a plain count. */
	unit: Localized;
	baseline: number | null;
	baselineYear: number | null;
	/** Target value by year, keys are years as strings ("2025"). */
	targets: Record<string, number>;
	/** Cumulative targets and values count from the baseline year; incremental ones per period. */
	cumulative: boolean;
	frequency: Frequency;
	/** Where the values come from: the logframe's means of verification. */
	source: string;
	responsible: string;
	link: IndicatorLink | null;
	/** A formula over other indicators' codes ("(EXP1 + EXP2) / 2"); its values are computed, never typed. */
	formula: string | null;
	/** Languages of its texts that may be outdated, by field; absent when none is. */
	outdated?: Outdated;
};

/** One comment of a thread. */
export type Comment = {
	id: string;
	/** The item (or the plan itself) the thread hangs on. */
	anchorId: string;
	/** The first comment of the thread this one answers; null for a thread's first comment. */
	replyTo: string | null;
	author: string;
	/** The author's full name as it was when they wrote; '' when not recorded. */
	authorName: string;
	text: string;
	/** Usernames of the cluster members the text mentions. */
	mentions: string[];
	createdAt: string;
	/** When its author last changed it (or deleted it); null when never. */
	editedAt: string | null;
	/** Withdrawn by its author: the text is gone, the mark stays in the thread. */
	deleted: boolean;
	resolved: boolean;
	/** Who resolved the thread (a username), '' when open or not recorded. */
	resolvedBy: string;
	/** Their full name when they resolved it. */
	resolvedByName: string;
	/** True when the anchored item no longer exists; the comment is kept for the record. */
	orphaned: boolean;
};

/** A whole plan as plain JSON. Arrays are sorted by order, then id, so equal documents give equal data. */
export type PlanData = {
	id: string;
	title: Localized;
	/** Languages of the title that may be outdated; absent when none is. */
	outdated?: Outdated;
	map: { stages: Stage[]; nodes: MapNode[]; edges: Edge[] };
	strategy: { vision: Localized; mission: Localized; lines: Line[]; outdated?: Outdated };
	projects: Project[];
	indicators: Indicator[];
	actors: Actor[];
	comments: Comment[];
};
