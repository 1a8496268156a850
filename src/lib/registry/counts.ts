// How many participants a cluster (or the programme) has on a given date, from the dates they joined
// and left, so a report for last year still counts who has left since. Dates are compared as
// strings (see dates.ts).
import { isDate } from './dates';
import { refuse } from './fields';
import { PARTICIPANT_KINDS, type ParticipantKind } from './participant';

/** What counting needs of a participant. */
export type CountedParticipant = {
	clusterId: string;
	kind: ParticipantKind;
	employees: number | null;
	joinedAt: string;
	leftAt: string | null;
};

export type ParticipantCounts = {
	total: number;
	/** Only clusters with participants on the date, by clusterId in code-point order. */
	byCluster: { clusterId: string; count: number }[];
	/** Every kind, 0 when there are none. */
	byKind: Record<ParticipantKind, number>;
	/** Employees of the participants counted; a participant whose employees are not known adds 0. */
	employees: number;
};

/**
 * True when the participant had joined on or before `date` and had not left by then: on the day it
 * leaves, a participant no longer counts. `date` is YYYY-MM-DD.
 */
export function isParticipantOn(
	participant: { joinedAt: string; leftAt: string | null },
	date: string
): boolean {
	return participant.joinedAt <= date && (participant.leftAt === null || participant.leftAt > date);
}

/** The counts of the participants on `date` (YYYY-MM-DD; any other text is refused with `invalid_date`). */
export function countsAsOf(participants: readonly CountedParticipant[], date: string): ParticipantCounts {
	if (!isDate(date)) throw refuse('invalid_date', 'date', 'date must be a date YYYY-MM-DD');
	const byKind = Object.fromEntries(PARTICIPANT_KINDS.map((kind) => [kind, 0])) as Record<
		ParticipantKind,
		number
	>;
	const byCluster = new Map<string, number>();
	let total = 0;
	let employees = 0;
	for (const participant of participants) {
		if (!isParticipantOn(participant, date)) continue;
		total += 1;
		// A kind this code does not know (a row older than the list) still adds up to the total.
		byKind[Object.hasOwn(byKind, participant.kind) ? participant.kind : 'other'] += 1;
		byCluster.set(participant.clusterId, (byCluster.get(participant.clusterId) ?? 0) + 1);
		employees += participant.employees ?? 0;
	}
	// Code-point order, not the reader's locale: the same list on the server and in every browser.
	const clusters = [...byCluster.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	return {
		total,
		byCluster: clusters.map((clusterId) => ({ clusterId, count: byCluster.get(clusterId)! })),
		byKind,
		employees
	};
}

/** How many participants joined in `year`, whether or not they have left since. */
export function joinedIn(participants: readonly { joinedAt: string }[], year: number): number {
	if (!Number.isInteger(year)) throw refuse('invalid_value', 'year', 'year must be a whole year');
	return participants.filter((participant) => Number(participant.joinedAt.slice(0, 4)) === year).length;
}
