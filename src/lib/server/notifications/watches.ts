// Who watches a plan or one of its items. Facilitators watch their cluster's plans without asking
// (they run its work); anyone else watches what they chose. A row with state 'ignore' is a person
// who stopped watching what their role would have them watch, so the default never comes back.
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db';
import { roleIn } from '../authz/can';
import type { Person } from './audience';

/** '' names the whole plan. */
export const WHOLE_PLAN = '';

const ITEM_ID = /^[A-Za-z0-9_-]{1,100}$/;

/** Whether `itemId` names something that can be watched ('' for the whole plan). */
export function isWatchable(itemId: unknown): itemId is string {
	return itemId === WHOLE_PLAN || (typeof itemId === 'string' && ITEM_ID.test(itemId));
}

/** Whether the person's role has them watch the cluster's plans unless they say otherwise. */
export function watchesByRole(person: Person, clusterId: string): boolean {
	return roleIn(person, clusterId) === 'facilitator';
}

/** Starts or stops watching; stopping what the role watches is remembered as 'ignore'. */
export async function setWatch(
	db: Db,
	userId: string,
	planId: string,
	itemId: string,
	watching: boolean,
	now: number
): Promise<void> {
	const { watches } = db.tables;
	const row = { userId, planId, itemId, state: watching ? 'watch' : 'ignore', at: new Date(now) };
	await db
		.insert(watches)
		.values(row)
		.onConflictDoUpdate({ target: [watches.userId, watches.planId, watches.itemId], set: row });
}

/** The person's own choices on a plan: item id ('' the plan) → watching or not. */
export async function watchChoices(db: Db, userId: string, planId: string): Promise<Map<string, boolean>> {
	const { watches } = db.tables;
	const rows = await db
		.select()
		.from(watches)
		.where(and(eq(watches.userId, userId), eq(watches.planId, planId)));
	return new Map(rows.map((row) => [row.itemId, row.state === 'watch']));
}

/** Whether `person` watches the whole plan (their choice, else their role's default). */
export function watchesPlan(person: Person, clusterId: string, choices: Map<string, boolean>): boolean {
	return choices.get(WHOLE_PLAN) ?? watchesByRole(person, clusterId);
}

/**
 * Those of `people` who watch the plan, or any of `itemIds` in it: a choice on the item decides for
 * it; otherwise the choice on the plan, else the role's default.
 */
export async function watchersOf(
	db: Db,
	people: readonly Person[],
	clusterId: string,
	planId: string,
	itemIds: readonly string[] = []
): Promise<Person[]> {
	const { watches } = db.tables;
	if (!people.length) return [];
	const rows = await db
		.select()
		.from(watches)
		.where(
			and(
				eq(watches.planId, planId),
				inArray(
					watches.userId,
					people.map((person) => person.id)
				)
			)
		);
	const choices = new Map<string, Map<string, boolean>>();
	for (const row of rows) {
		const mine = choices.get(row.userId) ?? new Map<string, boolean>();
		mine.set(row.itemId, row.state === 'watch');
		choices.set(row.userId, mine);
	}
	return people.filter((person) => {
		const mine = choices.get(person.id) ?? new Map<string, boolean>();
		if (itemIds.some((id) => mine.get(id) === true)) return true;
		return watchesPlan(person, clusterId, mine);
	});
}
