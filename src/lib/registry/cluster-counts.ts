// What the cluster page says about its participants on a day: how many of each kind, their
// employees, how many joined in that day's year up to that day, and who joined last.
import type { Localized } from '../plan/localized';
import { countsAsOf, isParticipantOn, joinedIn, type CountedParticipant } from './counts';
import type { ParticipantKind } from './participant';

export type ClusterCounts = {
	asOf: string;
	total: number;
	byKind: Record<ParticipantKind, number>;
	employees: number;
	/** The year of `asOf`. */
	year: number;
	/** Joined in `year` on or before `asOf`, whether or not they have left since. */
	joined: number;
};

/** The counts of one cluster's participants on `asOf` (YYYY-MM-DD, else refused `invalid_date`). */
export function clusterCounts(participants: readonly CountedParticipant[], asOf: string): ClusterCounts {
	const { total, byKind, employees } = countsAsOf(participants, asOf);
	const year = Number(asOf.slice(0, 4));
	const joined = joinedIn(
		participants.filter((participant) => participant.joinedAt <= asOf),
		year
	);
	return { asOf, total, byKind, employees, year, joined };
}

/** A participant as the cluster page names it. */
export type NamedParticipant = { id: string; name: Localized; joinedAt: string; leftAt: string | null };

/**
 * The participants of `asOf` who joined last, latest first (ties by id, so every reader sees the
 * same list), at most `limit`: who is new in the cluster, named on its page.
 */
export function newestParticipants<T extends NamedParticipant>(
	participants: readonly T[],
	asOf: string,
	limit = 5
): T[] {
	return participants
		.filter((participant) => isParticipantOn(participant, asOf))
		.sort((a, b) => (a.joinedAt !== b.joinedAt ? (a.joinedAt < b.joinedAt ? 1 : -1) : a.id < b.id ? -1 : 1))
		.slice(0, limit);
}
