// Workshop mode in the plan document: the agenda and shared timer, the brainstorm board, dot
// votes, attendees and decisions. Written only by the server (see layout.ts).
export * from './types';
export { WORKSHOPS_ROOT, workshopsMap } from './layout';
export {
	DEFAULT_NAMES,
	isDefaultName,
	checkDefaultName,
	storedDefaultName,
	type DefaultName,
	type Named
} from './names';
export { readWorkshops, readWorkshop, runningWorkshop } from './read';
export { remainingMs, elapsedMs } from './timer';
export { targetKey, voterTotals, castDot, tally, voterCount } from './count';
export {
	startWorkshop,
	endWorkshop,
	setAgenda,
	goToStep,
	changeTimer,
	setFollow,
	setColumns,
	recordAttendee,
	hasAttended,
	recordDecision,
	TIMER_ACTIONS
} from './session';
export {
	addNote,
	editNote,
	removeNote,
	groupNotes,
	ungroup,
	moveNote,
	convertNote,
	CONVERT_KINDS
} from './board';
export { openVote, castVote, closeVote, undoVotePriorities } from './vote';
export {
	closingPreview,
	chosenWrites,
	applyOf,
	suggestedKeys,
	priorityLookup,
	undoWrites,
	type ClosingRow,
	type PlanPriority,
	type PriorityLookup
} from './closing';
export {
	WORKSHOP_OPS,
	applyWorkshopOp,
	isWorkshopOp,
	voterKeyFor,
	type WorkshopOp,
	type OpContext
} from './ops';
export { workshopSummary, type WorkshopSummary, type SummaryItem, type SummaryNote } from './summary';
