// Which evaluators score which application: each application gets the same number of them, spread
// so that no evaluator reads more than one application more than another, and none is given an
// application they declared a conflict with. The same input in the same order gives the same
// assignment, so it can be computed again to show how it was made.
import { uniqueIds } from './fields';
import { refuse } from './refusals';

/** An evaluator's declared conflict of interest with an application. */
export type Conflict = { applicationId: string; evaluatorId: string };

/** The evaluators of one application, in the panel's order. */
export type Assignment = { applicationId: string; evaluatorIds: string[] };

/**
 * Assigns `perApplication` evaluators of `evaluators` (the panel, in its order) to each application
 * of `applicationIds`, in that order: each takes the evaluators with the fewest applications so
 * far, the earlier in the panel on a tie, skipping those with a known conflict. Without conflicts
 * the loads then differ by at most one (each application takes the least loaded, so the loads
 * never spread past two neighbouring values); conflicts may leave them less even. Refuses a panel
 * too small for `perApplication`, or for an application once its conflicts are left out
 * (400 `too_few`), and ids listed twice (400 `duplicate_id`).
 */
export function assignEvaluators(
	applicationIds: readonly string[],
	evaluators: readonly string[],
	perApplication: number,
	conflicts: readonly Conflict[] = []
): Assignment[] {
	if (!Number.isInteger(perApplication) || perApplication < 1) {
		throw refuse('invalid_value', 'perApplication', 'perApplication must be a whole number above 0');
	}
	uniqueIds(evaluators, (i) => `evaluators.${i}`);
	uniqueIds(applicationIds, (i) => `applications.${i}`);
	if (evaluators.length < perApplication) {
		throw refuse(
			'too_few',
			'evaluators',
			`${perApplication} evaluators per application need as many on the panel`
		);
	}
	const conflicted = new Set(conflicts.map(conflictKey));
	const load = new Map(evaluators.map((evaluator) => [evaluator, 0]));
	return applicationIds.map((applicationId) => {
		const free = evaluators.filter(
			(evaluatorId) => !conflicted.has(conflictKey({ applicationId, evaluatorId }))
		);
		if (free.length < perApplication) {
			throw refuse(
				'too_few',
				'evaluators',
				`${applicationId} has ${free.length} evaluators without a conflict`
			);
		}
		const chosen = leastLoaded(free, load, perApplication);
		for (const evaluatorId of chosen) load.set(evaluatorId, load.get(evaluatorId)! + 1);
		return { applicationId, evaluatorIds: inPanelOrder(chosen, evaluators) };
	});
}

/**
 * The assignment after `evaluatorId` declared a conflict with `applicationId` once assigned: they
 * leave it, and the least loaded evaluator of the panel who is not on it and has no known conflict
 * with it (the earlier on a tie) takes their place. When no one can, the application keeps one
 * evaluator fewer: its scores are then the others' alone.
 */
export function replaceEvaluator(
	assignments: readonly Assignment[],
	applicationId: string,
	evaluatorId: string,
	evaluators: readonly string[],
	conflicts: readonly Conflict[] = []
): Assignment[] {
	const load = new Map(evaluators.map((each) => [each, 0]));
	for (const assignment of assignments) {
		for (const each of assignment.evaluatorIds) load.set(each, (load.get(each) ?? 0) + 1);
	}
	const conflicted = new Set([...conflicts, { applicationId, evaluatorId }].map(conflictKey));
	return assignments.map((assignment) => {
		if (assignment.applicationId !== applicationId || !assignment.evaluatorIds.includes(evaluatorId)) {
			return assignment;
		}
		const staying = assignment.evaluatorIds.filter((each) => each !== evaluatorId);
		const free = evaluators.filter(
			(each) => !staying.includes(each) && !conflicted.has(conflictKey({ applicationId, evaluatorId: each }))
		);
		const evaluatorIds = inPanelOrder([...staying, ...leastLoaded(free, load, 1)], evaluators);
		return { applicationId, evaluatorIds };
	});
}

/** How many applications each evaluator of the panel is assigned (0 for one with none). */
export function evaluatorLoads(
	assignments: readonly Assignment[],
	evaluators: readonly string[]
): Record<string, number> {
	const load: Record<string, number> = Object.fromEntries(evaluators.map((evaluator) => [evaluator, 0]));
	for (const assignment of assignments) {
		for (const evaluatorId of assignment.evaluatorIds) load[evaluatorId] = (load[evaluatorId] ?? 0) + 1;
	}
	return load;
}

// A key no pair of ids can share: ids never hold a newline.
const conflictKey = (conflict: Conflict) => `${conflict.applicationId}\n${conflict.evaluatorId}`;

// `candidates` keep the panel's order, and the sort is stable: a tie goes to the earlier.
function leastLoaded(
	candidates: readonly string[],
	load: ReadonlyMap<string, number>,
	count: number
): string[] {
	return [...candidates].sort((a, b) => load.get(a)! - load.get(b)!).slice(0, count);
}

function inPanelOrder(ids: readonly string[], evaluators: readonly string[]): string[] {
	return evaluators.filter((evaluator) => ids.includes(evaluator));
}
