// What the commission reads off a ranking besides the ranking itself: each evaluator's own total
// (beside the means, it shows who pulled an application up or down), the choice the decision form
// starts from, and the decided applications grouped as the protocol lists them.
import type { Criterion } from './call';
import { weightedTotal, type Decision } from './ranking';
import type { Score } from './scoring';

export const DECISIONS: readonly Decision[] = ['chosen', 'reserve', 'not_chosen'];

/**
 * An evaluator's total on 0–100 from their own scores, two decimals, as the ranking's totals are
 * made; null when the sheet lacks a criterion (scores given before a criterion was added).
 */
export function evaluatorTotal(criteria: readonly Criterion[], scores: Record<string, Score>): number | null {
	if (criteria.length === 0 || criteria.some((criterion) => scores[criterion.id] === undefined)) return null;
	const total = weightedTotal(criteria, (criterion) => scores[criterion.id]!.score);
	return Math.round(total * 100) / 100;
}

/** What the ranking proposes for an application: not chosen when it proposes nothing for it. */
export function proposedFor(proposal: Record<Decision, string[]> | null, applicationId: string): Decision {
	return DECISIONS.find((decision) => proposal?.[decision].includes(applicationId)) ?? 'not_chosen';
}

/** The decided rows by their decision, each list in rank order; undecided rows are left out. */
export function byDecision<Row extends { decision: Decision | null; rank: number }>(
	rows: readonly Row[]
): Record<Decision, Row[]> {
	const ordered = rows.toSorted((a, b) => a.rank - b.rank);
	return {
		chosen: ordered.filter((row) => row.decision === 'chosen'),
		reserve: ordered.filter((row) => row.decision === 'reserve'),
		not_chosen: ordered.filter((row) => row.decision === 'not_chosen')
	};
}
