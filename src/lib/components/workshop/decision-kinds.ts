// What kind of decision a workshop recorded, in the reader's language: the facilitator's own words,
// a note made a plan item, a closed vote, or a vote's priorities taken back.
import { m } from '$lib/paraglide/messages';
import type { DecisionKind } from '$lib/plan/workshop';

const names: Record<DecisionKind, () => string> = {
	manual: m.workshop_board_decision_manual,
	converted: m.workshop_board_decision_converted,
	vote: m.workshop_board_decision_vote,
	undone: m.workshop_board_decision_undone
};

/** The kind's name; a kind this page does not know (stored by newer code) by its code. */
export function decisionKindName(kind: string): string {
	return names[kind as DecisionKind]?.() ?? kind;
}
