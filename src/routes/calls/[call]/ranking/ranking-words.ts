// The ranking's words and numbers as its page shows them: decisions by their names, and scores with
// two decimals in the reader's way of writing numbers ("87,50" in Russian).
import { m } from '$lib/paraglide/messages';
import { numberFormat } from '$lib/locale-format';
import type { Decision } from '$lib/selection/ranking';

export const decisionName: Record<Decision, () => string> = {
	chosen: m.ranking_decision_chosen,
	reserve: m.ranking_decision_reserve,
	not_chosen: m.ranking_decision_not_chosen
};

/** A score, a mean or a total with two decimals; a dash for none. */
export function pointsFormat(): (value: number | null | undefined) => string {
	const format = numberFormat({ minimumFractionDigits: 2, maximumFractionDigits: 2 });
	return (value) => (value === null || value === undefined ? '—' : format(value));
}
