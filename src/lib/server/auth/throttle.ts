// Login throttling: an attempt is counted as a failure before its password is checked, so however
// many arrive at once, at most 10 per account and 300 per address in 5 minutes reach the hash.
// Failures live in the database so a restart does not reset the count.
import { and, desc, eq, gt, inArray, lt, or } from 'drizzle-orm';
import type { Db } from '../db';
import { accountKey, addressKey } from './attempt-keys';

/** Failures one account (existing or not) may have in the window. */
export const MAX_FAILURES = 10;
/**
 * Failures one address may have in the window, over all accounts. An office or a proxy shares one
 * address, and a 60-person workshop where everyone mistypes twice stays far below this; strangers
 * there must fail 300 times in 5 minutes to lock it. Yet it bounds one address's spraying (one
 * password over many accounts) to one password check a second, a few percent of one core.
 */
export const MAX_ADDRESS_FAILURES = 300;
export const FAILURE_WINDOW = 5 * 60 * 1000;

/** An attempt counted in advance (its rows' ids), or the milliseconds until one is allowed. */
export type Reservation = { ok: true; ids: number[] } | { ok: false; retryAfterMs: number };

/**
 * Counts a sign-in attempt as a failure before its password is checked, unless the account or the
 * address already has its fill of failures in the window. One transaction (SQLite's write lock from
 * its first statement, PostgreSQL's SERIALIZABLE run again on collision): no two requests, in this
 * process or another on the same database, read the same counts between one's check and its write.
 */
export async function reserveAttempt(
	db: Db,
	username: string,
	address: string,
	now = Date.now()
): Promise<Reservation> {
	const account = accountKey(username);
	const from = addressKey(address);
	return inTurn(db, () =>
		db.transaction(async (tx): Promise<Reservation> => {
			const { loginFailures } = tx.tables;
			await tx.delete(loginFailures).where(lt(loginFailures.at, now - FAILURE_WINDOW));
			const wait = Math.max(
				await waitFor(tx, account, MAX_FAILURES, now),
				await waitFor(tx, from, MAX_ADDRESS_FAILURES, now)
			);
			if (wait > 0) return { ok: false, retryAfterMs: wait };
			const inserted = await tx
				.insert(loginFailures)
				.values([
					{ key: account, at: now },
					{ key: from, at: now }
				])
				.returning({ id: loginFailures.id });
			return { ok: true, ids: inserted.map((row) => row.id) };
		})
	);
}

// One instance's reservations take turns. The transaction alone keeps the count right, but on
// PostgreSQL attempts sent together (a login burst from one office) would all collide on the same
// address and run again until some gave up; in turn, only other instances' can collide with one.
// SQLite's writes take turns anyway.
const turns = new WeakMap<Db, Promise<unknown>>();

function inTurn<T>(db: Db, work: () => Promise<T>): Promise<T> {
	const mine = (turns.get(db) ?? Promise.resolve()).then(work, work);
	turns.set(
		db,
		mine.catch(() => {})
	);
	return mine;
}

/**
 * The password was right: the reserved attempt was no failure, and the account starts afresh.
 * The address keeps its other failures.
 */
export async function acceptAttempt(db: Db, reservation: { ids: number[] }, username: string): Promise<void> {
	const { loginFailures } = db.tables;
	await db
		.delete(loginFailures)
		.where(or(inArray(loginFailures.id, reservation.ids), eq(loginFailures.key, accountKey(username))));
}

/** Milliseconds until `key` has fewer than `limit` failures in the window; 0 when it has now. */
async function waitFor(db: Db, key: string, limit: number, now: number): Promise<number> {
	const { loginFailures } = db.tables;
	// The limit-th most recent failure: once it leaves the window, there is room for one more.
	const [nth] = await db
		.select({ at: loginFailures.at })
		.from(loginFailures)
		.where(and(eq(loginFailures.key, key), gt(loginFailures.at, now - FAILURE_WINDOW)))
		.orderBy(desc(loginFailures.at), desc(loginFailures.id))
		.limit(1)
		.offset(limit - 1);
	return nth ? nth.at + FAILURE_WINDOW - now : 0;
}
