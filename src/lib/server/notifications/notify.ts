// Writes what people are told. Called by the services after their change is stored, with recipients
// the audience (audience.ts) already judged through `can`; never throws, because the change it tells
// of is done and a failure here must not turn it into an error for the person who made it.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db';
import type { NotificationDetail, NotificationKind } from '../../notifications/kinds';
import { ring } from './live';
import { wakeMailer } from './mail-wake';

/** One event, told to each of its recipients as one entry. */
export type Notice = {
	kind: NotificationKind;
	/** Who did it; they are never told of their own act. */
	actor: { id: string; name: string } | null;
	clusterId?: string | null;
	planId?: string | null;
	/** A path inside the app: the thing itself (the comment, the diff, the year). */
	link: string;
	detail: NotificationDetail;
	/**
	 * Makes the event heard once per person (a deadline's reminder). With `gather`, an entry of the
	 * same key takes the new detail and counts up instead (a burst of edits), and is unread again.
	 */
	key?: string;
	gather?: { count: number };
};

/** Tells each of `recipients` (user ids) of `notice`; returns who was told something new. */
export async function notify(
	db: Db,
	notice: Notice,
	recipients: Iterable<string>,
	now: number
): Promise<string[]> {
	const told: string[] = [];
	try {
		const { notifications } = db.tables;
		const people = [...new Set(recipients)].filter((id) => id !== notice.actor?.id);
		for (const userId of people) {
			const row = {
				userId,
				kind: notice.kind,
				clusterId: notice.clusterId ?? null,
				planId: notice.planId ?? null,
				actorId: notice.actor?.id ?? null,
				actorName: notice.actor?.name ?? '',
				link: notice.link,
				detail: notice.detail,
				key: notice.key ?? null,
				count: notice.gather?.count ?? 1,
				at: new Date(now)
			};
			if (notice.key && notice.gather) {
				const [existing] = await db
					.select({ id: notifications.id })
					.from(notifications)
					.where(and(eq(notifications.userId, userId), eq(notifications.key, notice.key)));
				if (existing) {
					await db
						.update(notifications)
						.set({
							detail: row.detail,
							count: sql`${notifications.count} + ${row.count}`,
							at: row.at,
							readAt: null,
							mailedAt: null
						})
						.where(eq(notifications.id, existing.id));
					told.push(userId);
					continue;
				}
			}
			const written = await db
				.insert(notifications)
				.values(row)
				.onConflictDoNothing()
				.returning({ id: notifications.id });
			if (written.length) told.push(userId);
		}
	} catch (error) {
		console.error(`Clusterplan: could not write the ${notice.kind} notification`, error);
	}
	for (const userId of told) ring(userId);
	if (told.length) wakeMailer();
	return told;
}
