// What a refused board or vote request means to the person, in their language, shown next to the
// control that asked (the typed text stays, so nothing has to be written again).
import { m } from '$lib/paraglide/messages';

/** A refusal as `callWorkshop` reports it. */
export type Refusal = { status: number; code: string; field?: string };

/** The limits a vote refusal talks about. */
export type VoteLimits = { perPerson: number; perItem: number };

/** The message for a refused workshop request; `limits` words the vote limits with their numbers. */
export function workshopProblem(refusal: Refusal, limits?: VoteLimits): string {
	if (refusal.status === 401) return m.workshop_board_error_signed_out();
	switch (refusal.code) {
		case 'offline':
			return m.workshop_board_error_offline();
		case 'forbidden':
		case 'origin_not_allowed':
			return m.workshop_board_error_forbidden();
		case 'per_person_limit':
			return limits
				? m.workshop_board_error_per_person_limit({ count: limits.perPerson })
				: m.workshop_board_error_no_votes_left();
		case 'per_item_limit':
			return limits
				? m.workshop_board_error_per_item_limit({ count: limits.perItem })
				: m.workshop_board_error_item_full();
		case 'time_up':
			return m.workshop_board_error_time_up();
		case 'vote_closed':
			return m.workshop_board_error_vote_closed();
		case 'vote_changed':
			return m.workshop_board_error_vote_changed();
		case 'vote_open':
			return m.workshop_board_error_vote_open();
		case 'vote_undone':
			return m.workshop_board_error_vote_undone();
		case 'nothing_to_undo':
			return m.workshop_board_error_nothing_to_undo();
		case 'not_in_vote':
			return m.workshop_board_error_not_in_vote();
		case 'workshop_ended':
			return m.workshop_board_error_ended();
		case 'not_author':
			return m.workshop_board_error_not_author();
		case 'not_found':
		case 'dangling_link':
			return m.workshop_board_error_gone();
		case 'required':
			return m.workshop_board_error_required();
		case 'too_large':
			return m.workshop_board_error_too_long();
		case 'invalid_value':
			return m.workshop_board_error_invalid();
		default:
			return m.workshop_board_error_failed();
	}
}
