// The mail outbox: a mail is written here in the same transaction that marks its entries mailed, so
// nothing is lost or written twice; it leaves only after one instance claimed it, so two instances
// never send the same row; a failed send waits a growing pause and is tried again, never dropped.
import { and, asc, desc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../db';
import type { ComposedMail } from './mail-compose';

/** Pauses after the 1st, 2nd, … failed attempt; past the list, every 6 hours. */
const BACKOFF_MINUTES = [1, 5, 30, 120];
const LAST_BACKOFF_MINUTES = 360;
/** How long a claimed row is the claimer's: past it, an instance that died mid-send is taken over. */
export const CLAIM_MS = 10 * 60_000;

export function backoffMs(attempts: number): number {
	return (BACKOFF_MINUTES[attempts - 1] ?? LAST_BACKOFF_MINUTES) * 60_000;
}

/**
 * Writes `mail` for `userId` and marks `entryIds` mailed, as one unit; writes nothing when another
 * instance marked any of them first. Returns whether the mail was written.
 */
export async function enqueueMail(
	db: Db,
	userId: string,
	entryIds: readonly number[],
	mail: ComposedMail,
	now: number
): Promise<boolean> {
	const { notifications, mailOutbox } = db.tables;
	return db
		.transaction(async (tx) => {
			const marked = await tx
				.update(notifications)
				.set({ mailedAt: new Date(now) })
				.where(and(inArray(notifications.id, [...entryIds]), isNull(notifications.mailedAt)))
				.returning({ id: notifications.id });
			if (marked.length !== entryIds.length) {
				// Someone else mailed some of them since we read: leave all to them (undone below).
				throw new Taken();
			}
			await tx.insert(mailOutbox).values({
				userId,
				...mail,
				state: 'pending',
				nextAt: new Date(now),
				createdAt: new Date(now)
			});
			return true;
		})
		.catch((error: unknown) => {
			if (error instanceof Taken) return false;
			throw error;
		});
}

class Taken extends Error {}

export type OutboxRow = {
	id: number;
	userId: string | null;
	to: string;
	subject: string;
	text: string;
	html: string;
	attempts: number;
};

/** Rows due to be sent (pending, failed and waited out, or claimed by an instance that went away). */
export async function dueMail(db: Db, now: number, most = 20): Promise<OutboxRow[]> {
	const { mailOutbox } = db.tables;
	return db
		.select({
			id: mailOutbox.id,
			userId: mailOutbox.userId,
			to: mailOutbox.to,
			subject: mailOutbox.subject,
			text: mailOutbox.text,
			html: mailOutbox.html,
			attempts: mailOutbox.attempts
		})
		.from(mailOutbox)
		.where(
			and(inArray(mailOutbox.state, ['pending', 'failed', 'sending']), lte(mailOutbox.nextAt, new Date(now)))
		)
		.orderBy(asc(mailOutbox.nextAt), asc(mailOutbox.id))
		.limit(most);
}

/**
 * Makes the row this instance's to send: one UPDATE that holds only while the row is still due, so
 * of two instances that read it, one claims it and the other passes.
 */
export async function claimMail(db: Db, id: number, now: number): Promise<boolean> {
	const { mailOutbox } = db.tables;
	const claimed = await db
		.update(mailOutbox)
		.set({ state: 'sending', nextAt: new Date(now + CLAIM_MS) })
		.where(
			and(
				eq(mailOutbox.id, id),
				inArray(mailOutbox.state, ['pending', 'failed', 'sending']),
				lte(mailOutbox.nextAt, new Date(now))
			)
		)
		.returning({ id: mailOutbox.id });
	return claimed.length === 1;
}

export async function markSent(db: Db, id: number, now: number): Promise<void> {
	const { mailOutbox } = db.tables;
	await db
		.update(mailOutbox)
		.set({ state: 'sent', sentAt: new Date(now), attempts: sql`${mailOutbox.attempts} + 1`, lastError: '' })
		.where(eq(mailOutbox.id, id));
}

export async function markFailed(db: Db, row: OutboxRow, error: string, now: number): Promise<void> {
	const { mailOutbox } = db.tables;
	const attempts = row.attempts + 1;
	await db
		.update(mailOutbox)
		.set({
			state: 'failed',
			attempts,
			lastError: error.slice(0, 1000),
			nextAt: new Date(now + backoffMs(attempts))
		})
		.where(eq(mailOutbox.id, row.id));
}

export type FailedMail = {
	id: number;
	to: string;
	subject: string;
	attempts: number;
	lastError: string;
	nextAt: string;
	createdAt: string;
};

/** What admins see: the failed rows (newest first) and how many wait or went. */
export async function mailSummary(db: Db): Promise<{ failed: FailedMail[]; pending: number; sent: number }> {
	const { mailOutbox } = db.tables;
	const rows = await db
		.select()
		.from(mailOutbox)
		.where(eq(mailOutbox.state, 'failed'))
		.orderBy(desc(mailOutbox.id))
		.limit(200);
	const counts = await db
		.select({ state: mailOutbox.state, count: sql<number>`count(*)` })
		.from(mailOutbox)
		.groupBy(mailOutbox.state);
	const count = (states: string[]) =>
		counts.filter((row) => states.includes(row.state)).reduce((sum, row) => sum + Number(row.count), 0);
	return {
		failed: rows.map((row) => ({
			id: row.id,
			to: row.to,
			subject: row.subject,
			attempts: row.attempts,
			lastError: row.lastError,
			nextAt: row.nextAt.toISOString(),
			createdAt: row.createdAt.toISOString()
		})),
		pending: count(['pending', 'sending']),
		sent: count(['sent'])
	};
}

/** Makes failed rows due now (all, or those of `ids`); returns how many. */
export async function retryNow(db: Db, now: number, ids?: readonly number[]): Promise<number> {
	const { mailOutbox } = db.tables;
	const where = [eq(mailOutbox.state, 'failed')];
	if (ids) where.push(inArray(mailOutbox.id, [...ids]));
	const rows = await db
		.update(mailOutbox)
		.set({ nextAt: new Date(now) })
		.where(and(...where))
		.returning({ id: mailOutbox.id });
	return rows.length;
}
