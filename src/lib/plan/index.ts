// The plan domain: document layout, typed operations, snapshot, validation, diff and migration.
// Pure TypeScript on top of Yjs, shared by the browser, the server and the tests.
export * from './types';
export { PlanError, isPlanError, type PlanErrorCode } from './errors';
export { newId, isId } from './ids';
export { SCHEMA_VERSION, COLLECTIONS, planRoots, type Collection } from './layout';
export {
	LANGS,
	isLang,
	textIn,
	missingLangs,
	isBlank,
	anyText,
	emptyLocalized,
	type LocalizedInput,
	type Shown
} from './localized';
export { confirmTranslation, noteRevision, type TextPlace } from './outdated';
export { descriptionFragment, type DescribedCollection } from './description';
export {
	parseFormula,
	formulaRefs,
	formatFormula,
	evaluateFormula,
	formulaCycles,
	CODE_PATTERN,
	type Expr
} from './formula';
export { initPlan, renamePlan, updateStrategy } from './plan';
export { guessLang, inGuessedLang, firstWritten } from './lang-guess';
export {
	addStage,
	updateStage,
	moveStage,
	removeStage,
	STAGE_COLUMN_WIDTH,
	stageColumnAt,
	type StageInput
} from './stage';
export {
	addNode,
	updateNode,
	moveNodes,
	removeNode,
	removeNodes,
	type NodeInput,
	type NodeUpdate,
	type NodePosition
} from './node';
export { connect, flowKey, updateEdge, removeEdge, type EdgeInput, type FlowEnds } from './edge';
export { addActor, updateActor, removeActor, type ActorInput, type ActorUpdate } from './actor';
export {
	actorForParticipant,
	actorsOfParticipant,
	relinkParticipants,
	renameParticipant,
	type ParticipantForActor
} from './participant-link';
export { linkNode, unlinkNode } from './links';
export { linkedNodesByItem, nodesLinkedTo, objectivesOfProject } from './linked';
export { addLine, updateLine, moveLine, removeLine, type LineInput, type LineUpdate } from './line';
export {
	addObjective,
	updateObjective,
	moveObjective,
	removeObjective,
	type ObjectiveInput,
	type ObjectiveUpdate
} from './objective';
export {
	addAction,
	updateAction,
	moveAction,
	removeAction,
	type ActionInput,
	type ActionUpdate
} from './action';
export { addProject, updateProject, removeProject, type ProjectInput, type ProjectUpdate } from './project';
export {
	addFundingLine,
	updateFundingLine,
	removeFundingLine,
	linesOf,
	type FundingLineInput,
	type FundingLineUpdate
} from './funding';
export { budgetOf, mainSource } from './funding-read';
export { withFundingLines } from './funding-upgrade';
export {
	blockedProjects,
	fundingByLine,
	fundingByYear,
	inForceOn,
	lineYears,
	planFunding,
	sumLines,
	type BlockedProject,
	type FundingMeasure,
	type FundingSums,
	type LineFunding,
	type PlanFunding,
	type WaitingLine,
	type YearFunding
} from './funding-picture';
export { fundingWarnings, type FundingWarning } from './funding-check';
export {
	addIndicator,
	updateIndicator,
	setIndicatorTarget,
	removeIndicator,
	type IndicatorInput,
	type IndicatorUpdate
} from './indicator';
export {
	addComment,
	editComment,
	deleteComment,
	resolveComment,
	commentAuthor,
	type CommentInput
} from './comment';
export { indent, outdent, canIndent } from './outline';
export { snapshot } from './snapshot';
export { share } from './share';
export { validatePlan } from './validate';
export { planDataProblem } from './data-shape';
export { PLAN_BOUNDS } from './bounds';
export { checkWrite, type Touched, type WriteCheck, type WriteProblem } from './write-check';
export { checkDocument } from './document-check';
export { revertTouched } from './revert';
export { migrate, schemaVersionOf } from './migrate';
export {
	diff,
	isEmptyDiff,
	type DiffCollection,
	type PlanDiff,
	type DiffItem,
	type ChangedItem,
	type FieldChange
} from './diff';
export {
	planChanges,
	CHANGE_KINDS,
	CHANGE_SECTIONS,
	type ChangeKind,
	type ChangeSection,
	type FieldDelta,
	type OutdatedMark,
	type ItemChange,
	type SectionChanges,
	type PlanChanges
} from './changes';
export { restorePlan } from './restore';
export {
	VERSION_STATES,
	VERSION_STEPS,
	VERSION_REVIEW_STEPS,
	VERSION_STEPS_WITH_COMMENT,
	nextVersionState,
	allowedVersionSteps,
	isVersionStep,
	type VersionState,
	type VersionStep
} from './review';
export {
	parsePeriod,
	isPeriodKey,
	periodFrequency,
	periodsOfYear,
	periodYear,
	periodShare,
	periodLength,
	periodTime,
	comparePeriods,
	type PeriodKey
} from './period';
export {
	PERIOD_STATES,
	PERIOD_STEPS,
	STEPS_WITH_COMMENT,
	REVIEW_STEPS,
	nextPeriodState,
	allowedSteps,
	isLocked,
	isPeriodStep,
	type PeriodState,
	type PeriodStep
} from './approval';
export { planActuals, type RecordedValue, type YearActual } from './totals';
export {
	INDICATOR_STATUSES,
	STATUS_THRESHOLDS,
	targetPath,
	expectedAt,
	comparableValue,
	achievedShare,
	statusOfShare,
	indicatorProgress,
	type IndicatorStatus,
	type IndicatorProgress,
	type NextTarget
} from './status';
export {
	checkValue,
	readValue,
	sameValue,
	findIndicator,
	readNumber,
	MAX_NOTE_LENGTH,
	type ValueInput,
	type CheckedValue
} from './value';
export {
	monitorPlan,
	planYears,
	latestReportingYear,
	type ValueRecord,
	type MonitoredValue,
	type MonitoredIndicator,
	type MonitorOptions
} from './monitoring';
export {
	programmeFunding,
	type BlockedGroup,
	type MeasureDemand,
	type ProgrammeFunding,
	type ProgrammePlan,
	type WaitingProject
} from './programme-funding';
