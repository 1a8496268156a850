// What closing a dot vote will write, before it writes: each item with its dots, its priority now
// and the priority the dots give it, and which of those priorities the facilitator chose to write.
// Pure, and the one place that decides it: the page shows `closingPreview` and the server's close
// writes `chosenWrites` of the same rows, so what is shown is what is written.
import { PlanError } from '../errors';
import type { PlanData } from '../types';
import { tally } from './count';
import type { PriorityWrite, Vote, VoteResult, VoteTarget } from './types';

/** An item's standing in the plan: whether it is still there, and its priority (null: none set). */
export type PlanPriority = { exists: boolean; priority: number | null };

/** How the preview finds an item's priority now: from the live plan (page) or the document (server). */
export type PriorityLookup = (target: VoteTarget) => PlanPriority;

/** One row of the preview: the item's result, its priority now, and whether it can and should be written. */
export type ClosingRow = VoteResult & {
	/** Its priority now; null for a note, an action with none set, or an item removed since. */
	current: number | null;
	/** A project or action still in the plan: closing can write its priority. */
	writable: boolean;
	/** Chosen unless the facilitator says otherwise: a writable item that got dots. */
	suggested: boolean;
};

/** The priorities of a plan's projects and actions, as the preview reads them. */
export function priorityLookup(plan: PlanData): PriorityLookup {
	const found = new Map<string, number | null>();
	for (const project of plan.projects) found.set(`project:${project.id}`, project.priority);
	for (const line of plan.strategy.lines)
		for (const objective of line.objectives)
			for (const action of objective.actions) found.set(`action:${action.id}`, action.priority);
	return (target) => {
		const key = `${target.kind}:${target.id}`;
		return found.has(key) ? { exists: true, priority: found.get(key)! } : { exists: false, priority: null };
	};
}

/**
 * The rows closing `vote` would show, ranked as its results: an item without dots is shown with
 * the 0 its dots give it but not suggested, so nobody's priority drops to 0 unless chosen.
 */
export function closingPreview(vote: Vote, lookup: PriorityLookup): ClosingRow[] {
	return tally(vote).map((result) => {
		const standing: PlanPriority =
			result.target.kind === 'note' ? { exists: false, priority: null } : lookup(result.target);
		return {
			...result,
			current: standing.exists ? standing.priority : null,
			writable: standing.exists,
			suggested: standing.exists && result.dots > 0
		};
	});
}

/** The keys of the rows the preview suggests writing. */
export function suggestedKeys(rows: readonly ClosingRow[]): string[] {
	return rows.filter((row) => row.suggested).map((row) => row.key);
}

/** What the close request sends for the chosen rows: each key with the priority the preview shows. */
export function applyOf(rows: readonly ClosingRow[], chosen: Iterable<string>): Record<string, number> {
	const keys = new Set(chosen);
	return Object.fromEntries(
		rows.filter((row) => row.writable && keys.has(row.key)).map((row) => [row.key, row.priority])
	);
}

/**
 * The priorities closing writes: exactly the rows named in `apply` (key → the priority the
 * facilitator was shown), each with the priority it replaces. Refused, writing nothing: `apply`
 * that is not such a map (`invalid_value`), a key outside the vote (`not_in_vote`), a note or an item
 * removed since (`dangling_link`), and a priority other than the one the dots give now
 * (`vote_changed`: a dot came or went after the preview was shown).
 */
export function chosenWrites(rows: readonly ClosingRow[], apply: unknown): PriorityWrite[] {
	if (typeof apply !== 'object' || apply === null || Array.isArray(apply))
		throw new PlanError('invalid_value', 'apply', 'apply must map each chosen item to its priority');
	const byKey = new Map(rows.map((row) => [row.key, row]));
	const shown = apply as Record<string, unknown>;
	for (const [key, priority] of Object.entries(shown)) {
		const field = `apply.${key}`;
		const row = byKey.get(key);
		if (!row) throw new PlanError('not_in_vote', field, `${key} is not in this vote`);
		if (!row.writable) throw new PlanError('dangling_link', field, `${key} has no priority to write`);
		if (priority !== row.priority)
			throw new PlanError(
				'vote_changed',
				field,
				`the votes now give ${key} ${row.priority}, not ${String(priority)}`
			);
	}
	return rows
		.filter((row) => Object.hasOwn(shown, row.key))
		.map((row) => ({ target: row.target, key: row.key, before: row.current, after: row.priority }));
}

/**
 * What undoing a vote's priorities does: each item it wrote gets back the priority it had before,
 * unless its priority changed since (someone edited it, or a later vote wrote it) or it was
 * removed; those are kept as they are, so the undo never throws away a later edit.
 */
export function undoWrites(
	written: readonly PriorityWrite[],
	lookup: PriorityLookup
): { restore: PriorityWrite[]; kept: PriorityWrite[] } {
	const restore: PriorityWrite[] = [];
	const kept: PriorityWrite[] = [];
	for (const write of written) {
		const now = lookup(write.target);
		(now.exists && now.priority === write.after ? restore : kept).push(write);
	}
	return { restore, kept };
}
