// The ranking the commission decides on: every application that passed the formal check, with its
// mean score on each criterion, its weighted total, how far its evaluators disagreed, and whether
// it reaches the pass mark; and the decision the ranking proposes for the call's seats.
//
// Totals are on 0–100 whatever the criteria's scales and weights: a criterion's mean counts as
// mean ÷ scale, weighted by weight ÷ the sum of the weights, times 100. A total is rounded to two
// decimals, and the rounded total is what is ranked and held against the pass mark: the
// commission decides on the numbers it reads, and two totals that read the same are a tie.
import type { Localized } from '../plan/localized';
import type { Application, ApplicationState } from './application';
import type { Call, Criterion } from './call';
import { instant } from './fields';
import { refuse, refuseStep } from './refusals';
import { isCounted, type Sheet } from './scoring';

/**
 * Evaluators whose totals for one application lie more than 20 points apart (a fifth of the
 * scale) read it differently enough for the commission to look at their comments before deciding.
 */
export const DISPUTE_SPREAD = 20;

/** What the commission decides for an application. */
export type Decision = 'chosen' | 'reserve' | 'not_chosen';

export type RankedApplication = {
	applicationId: string;
	name: Localized;
	/** 0–100, two decimals; null until each criterion has a score that counts. */
	total: number | null;
	/** The mean of the scores that count, on the criterion's own scale, two decimals; null for none. */
	byCriterion: Record<string, number | null>;
	/** How many evaluators' sheets count. */
	evaluators: number;
	/** The highest evaluator's total minus the lowest (0–100, 0 with fewer than two evaluators). */
	spread: number;
	/** True when `spread` is above `DISPUTE_SPREAD`. */
	disputed: boolean;
	/** True when there is a total and it reaches the pass mark. */
	passes: boolean;
	/** 1 for the best. */
	rank: number;
	decision: Decision | null;
};

// The states of an application that passed the formal check.
const RANKED: readonly ApplicationState[] = ['eligible', 'scored', 'chosen', 'reserve', 'not_chosen'];
const DECIDED: readonly ApplicationState[] = ['chosen', 'reserve', 'not_chosen'];

/** A total on 0–100 from a value on each criterion's own scale (see the top of this file). */
export function weightedTotal(
	criteria: readonly Criterion[],
	valueOf: (criterion: Criterion) => number
): number {
	const weights = criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
	const points = criteria.reduce(
		(sum, criterion) => sum + (criterion.weight * valueOf(criterion)) / criterion.scale,
		0
	);
	return (100 * points) / weights;
}

const twoDecimals = (value: number) => Math.round(value * 100) / 100;

/**
 * The ranking of `applications` (those that passed the formal check; the others are left out),
 * best first. The scores that count are those of submitted sheets without a conflict by evaluators
 * still on the call's panel: an evaluator who withdrew from the panel takes their scores with them.
 * Ties go to the earlier submission, then to the id in code-point order; applications without a
 * total come last.
 */
export function rankApplications(
	call: Pick<Call, 'criteria' | 'passMark' | 'evaluators'>,
	applications: readonly Pick<Application, 'id' | 'name' | 'state' | 'submittedAt'>[],
	sheets: readonly Sheet[]
): RankedApplication[] {
	const panel = new Set(call.evaluators);
	const ranked = applications
		.filter((application) => RANKED.includes(application.state))
		.map((application) => {
			const counted = sheets.filter(
				(sheet) => sheet.applicationId === application.id && isCounted(sheet) && panel.has(sheet.evaluatorId)
			);
			return { application, ...scoresOf(call, counted) };
		});
	ranked.sort((a, b) => {
		if (a.total !== b.total) return a.total === null ? 1 : b.total === null ? -1 : b.total - a.total;
		const submitted = submittedOrder(a.application.submittedAt, b.application.submittedAt);
		if (submitted !== 0) return submitted;
		return a.application.id < b.application.id ? -1 : a.application.id > b.application.id ? 1 : 0;
	});
	return ranked.map(({ application, total, byCriterion, evaluators, spread }, index) => ({
		applicationId: application.id,
		name: application.name,
		total,
		byCriterion,
		evaluators,
		spread,
		disputed: spread > DISPUTE_SPREAD,
		passes: total !== null && total >= (call.passMark ?? 0),
		rank: index + 1,
		decision: DECIDED.includes(application.state) ? (application.state as Decision) : null
	}));
}

// Means are sums of whole scores divided by their count, so they do not depend on the order the
// sheets come in, and neither do the totals made from them.
function scoresOf(call: Pick<Call, 'criteria'>, counted: readonly Sheet[]) {
	const means = new Map<string, number | null>();
	for (const criterion of call.criteria) {
		const scores = counted.flatMap((sheet) => sheet.scores[criterion.id]?.score ?? []);
		means.set(criterion.id, scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length);
	}
	const complete = call.criteria.length > 0 && [...means.values()].every((mean) => mean !== null);
	const total = complete
		? twoDecimals(weightedTotal(call.criteria, (criterion) => means.get(criterion.id)!))
		: null;
	// Each evaluator's own total, from sheets that score every criterion (a submitted sheet does).
	const totals = counted
		.filter((sheet) => call.criteria.every((criterion) => sheet.scores[criterion.id] !== undefined))
		.map((sheet) => weightedTotal(call.criteria, (criterion) => sheet.scores[criterion.id]!.score));
	const spread = totals.length < 2 ? 0 : twoDecimals(Math.max(...totals) - Math.min(...totals));
	const byCriterion: Record<string, number | null> = {};
	for (const [id, mean] of means) byCriterion[id] = mean === null ? null : twoDecimals(mean);
	return { total, byCriterion, evaluators: counted.length, spread };
}

// Earlier first; an application without a submission moment (none should be ranked) last.
function submittedOrder(a: string | null, b: string | null): number {
	if (a === b) return 0;
	if (a === null || b === null) return a === null ? 1 : -1;
	return instant(a) - instant(b);
}

/**
 * The reserve for `seats`: half the seats, rounded down, and at least one, so a call of six seats
 * keeps three in reserve and a call of one seat still has a cluster to turn to.
 */
export function reserveSize(seats: number): number {
	return Math.max(1, Math.floor(seats / 2));
}

/**
 * What the ranking proposes to the commission, by application id in rank order: the best `seats`
 * that pass are chosen, the next `reserveSize(seats)` that pass are the reserve, and every other
 * application (below the pass mark, or past the reserve) is not chosen. Refused with 409
 * `not_scored` while an application has no total: a decision is made on a complete ranking.
 */
export function proposeDecision(
	ranking: readonly RankedApplication[],
	seats: number
): Record<Decision, string[]> {
	if (!Number.isInteger(seats) || seats < 1) {
		throw refuse('invalid_value', 'seats', 'seats must be a whole number above 0');
	}
	const unscored = ranking.find((entry) => entry.total === null);
	if (unscored) throw refuseStep('not_scored', `${unscored.applicationId} has not been scored`);
	const ordered = [...ranking].sort((a, b) => a.rank - b.rank);
	const passing = ordered.filter((entry) => entry.passes).map((entry) => entry.applicationId);
	const chosen = passing.slice(0, seats);
	const reserve = passing.slice(seats, seats + reserveSize(seats));
	const decided = new Set([...chosen, ...reserve]);
	const notChosen = ordered.map((entry) => entry.applicationId).filter((id) => !decided.has(id));
	return { chosen, reserve, not_chosen: notChosen };
}
