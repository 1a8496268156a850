// The ids a file's participants take here. They are primary keys of the whole database, so a
// cluster imported as a copy beside its original gives its participants new ones, and its plans'
// actors are relinked to them (the documents, live and past, and the versions' data), so the copy's
// map stands for the copy's firms. Imported under its own id a cluster keeps its ids, but for one
// this server already has (a file edited by hand): that one gets a new id too, as a plan does.
import { inArray } from 'drizzle-orm';
import type { PlanData } from '../../plan';
import type { Db } from '../db';
import type { ReadParticipant } from './registry-read';
import { slices } from './write';

/** Which of `ids` name a participant of this server already. */
export async function takenParticipantIds(db: Db, ids: Iterable<string>): Promise<Set<string>> {
	const { participants } = db.tables;
	const taken = new Set<string>();
	for (const slice of slices([...ids]))
		for (const row of await db
			.select({ id: participants.id })
			.from(participants)
			.where(inArray(participants.id, slice)))
			taken.add(row.id);
	return taken;
}

/** The id each participant of the file takes here, by its id in the file. */
export async function participantIdsFor(
	db: Db,
	participants: readonly ReadParticipant[],
	copy: boolean
): Promise<Map<string, string>> {
	const taken = copy
		? null
		: await takenParticipantIds(
				db,
				participants.map((p) => p.id)
			);
	return new Map(
		participants.map((p) => [p.id, taken === null || taken.has(p.id) ? crypto.randomUUID() : p.id])
	);
}

/** Only the ids that change: what the plans' actors are relinked by. */
export function movedIds(ids: ReadonlyMap<string, string>): Map<string, string> {
	return new Map([...ids].filter(([from, to]) => from !== to));
}

/** True when an actor of `data` stands for a participant whose id `moved` changes. */
export function linksMoved(data: PlanData, moved: ReadonlyMap<string, string>): boolean {
	return data.actors.some((actor) => actor.participantId !== undefined && moved.has(actor.participantId));
}

/** `data` with its actors linked to the participants' new ids; a link `moved` does not name stays. */
export function relinkedData(data: PlanData, moved: ReadonlyMap<string, string>): PlanData {
	if (!linksMoved(data, moved)) return data;
	return {
		...data,
		actors: data.actors.map((actor) => {
			const to = actor.participantId === undefined ? undefined : moved.get(actor.participantId);
			return to === undefined ? actor : { ...actor, participantId: to };
		})
	};
}
