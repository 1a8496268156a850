// Login throttling: at most 10 failures per 5 minutes for an account and for an address.
// Failures live in SQLite so a restart does not reset the count.
import { and, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { loginFailures } from '../db/schema';

export const MAX_FAILURES = 10;
export const FAILURE_WINDOW = 5 * 60 * 1000;

export function throttleKeys(username: string, address: string): string[] {
	return [`user:${username.trim().toLowerCase()}`, `ip:${address}`];
}

/** Milliseconds until another attempt is allowed, or 0 when the keys are not throttled. */
export function retryAfter(db: Db, keys: string[], now = Date.now()): number {
	const since = now - FAILURE_WINDOW;
	let wait = 0;
	for (const key of keys) {
		const rows = db
			.select({ at: loginFailures.at })
			.from(loginFailures)
			.where(and(eq(loginFailures.key, key), gt(loginFailures.at, since)))
			.orderBy(sql`${loginFailures.at} desc`)
			.limit(MAX_FAILURES)
			.all();
		if (rows.length >= MAX_FAILURES) {
			// Allowed again once the oldest of the last ten leaves the window.
			const oldest = rows[rows.length - 1]!.at;
			wait = Math.max(wait, oldest + FAILURE_WINDOW - now);
		}
	}
	return wait;
}

export function recordFailure(db: Db, keys: string[], now = Date.now()): void {
	db.transaction((tx) => {
		for (const key of keys) tx.insert(loginFailures).values({ key, at: now }).run();
		tx.delete(loginFailures)
			.where(lt(loginFailures.at, now - FAILURE_WINDOW))
			.run();
	});
}

/** A successful login clears the account's count (the address's stays). */
export function clearFailures(db: Db, keys: string[]): void {
	db.delete(loginFailures).where(inArray(loginFailures.key, keys)).run();
}
