// Typed refusal of a plan operation, so routes can turn it into a form error in the user's language
// and the socket server into a close code, instead of parsing messages.
import { Refusal } from '../refusal';

/** Why an operation was refused. */
export type PlanErrorCode =
	| 'required' // an empty title, name or text
	| 'invalid_id' // an id that is not a short token
	| 'duplicate_id' // an explicit id that is already used
	| 'not_found' // the item the operation is about does not exist
	| 'dangling_link' // a reference to an item that does not exist or has the wrong kind
	| 'self_loop' // an edge from a node to itself
	| 'duplicate_flow' // a second flow of the same kind between the same two nodes
	| 'invalid_value' // a value outside its list of allowed values
	| 'invalid_number' // NaN, Infinity, negative budget, priority out of 0–10 ...
	| 'invalid_date' // not an ISO date (YYYY-MM-DD)
	| 'date_order' // a project ending before it starts
	| 'funding_lines' // one budget typed for a project whose budget is the sum of several funding lines
	| 'duplicate_code' // an indicator code another indicator already has
	| 'invalid_formula' // a formula that does not parse
	| 'formula_cycle' // a formula that depends on itself through other formulas
	| 'in_use' // removing an indicator another indicator's formula uses
	| 'outline_depth' // an indent or outdent the three levels (line, objective, action) cannot hold
	| 'invalid_period' // a reporting period that is not one of the indicator's (2025, 2025-H1, 2025-Q3, 2025-07)
	| 'computed_indicator' // a value typed for an indicator whose values a formula computes
	| 'period_locked' // a value for a period that is submitted or approved
	| 'illegal_transition' // an approval step (of a period or a version) its current state does not allow
	| 'schema_version' // the document has not been initialised or migrated to this code's layout
	| 'workshop_running' // starting a workshop while another runs on the plan
	| 'workshop_ended' // a workshop operation when no workshop runs
	| 'not_author' // changing a note someone else wrote
	| 'vote_closed' // a ballot on a vote the facilitator closed
	| 'time_up' // a ballot after the vote's time limit
	| 'per_person_limit' // a dot past the votes each person has
	| 'per_item_limit' // a dot past the most one person may put on one item
	| 'not_in_vote' // a dot on an item the vote is not about
	| 'vote_changed' // closing with a priority the votes no longer give (a dot came or went since the preview)
	| 'vote_open' // undoing the priorities of a vote that is still open
	| 'vote_undone' // undoing a vote's priorities a second time
	| 'nothing_to_undo' // undoing the priorities of a vote whose closing wrote none
	| 'too_long' // a text or formula longer than the plan's bounds allow
	| 'too_many' // more items, ids or targets than the plan's bounds allow
	| 'too_large' // a description or document past its bounds
	| 'unknown_field' // a root or field the plan's layout does not have
	| 'server_only' // a part of the document only the server writes (layout, comments, workshops)
	| 'deleted'; // editing a comment its author deleted

/**
 * Thrown by every plan operation before it writes anything, so a refused operation leaves no trace.
 * A refusal like any other (400, or 409 for a plan not yet at this code's layout), so every door
 * answers it without knowing the plan.
 */
export class PlanError extends Refusal {
	declare readonly code: PlanErrorCode;
	/** The input field at fault (e.g. `title`, `source`), or `id` for the item itself. */
	declare readonly field: string;

	constructor(code: PlanErrorCode, field: string, message?: string) {
		super(code === 'schema_version' ? 409 : 400, code, message ?? `${field}: ${code}`, { field });
		this.name = 'PlanError';
	}
}

/** True when `error` is a PlanError, optionally with the given code. */
export function isPlanError(error: unknown, code?: PlanErrorCode): error is PlanError {
	return error instanceof PlanError && (code === undefined || error.code === code);
}
