// The login check: the attempt is counted as a failure first, then the password is checked, and
// only a right password takes the count back (so parallel guesses all count).
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { hashPassword, verifyPassword } from './password';
import { acceptAttempt, reserveAttempt } from './throttle';

export type LoginResult =
	| { ok: true; userId: string; locale: string | null }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'throttled'; retryAfterMs: number };

// Verifying against a real hash when the user does not exist keeps the response time
// from telling which usernames exist.
let decoyHash: Promise<string> | undefined;

/**
 * Signs `username` in from `address` if the password is right and neither the account nor the
 * address has had too many failures lately. A check that throws leaves the attempt counted.
 */
export async function attemptLogin(
	db: Db,
	username: string,
	password: string,
	address: string,
	now = Date.now()
): Promise<LoginResult> {
	// One transaction before the password is checked: requests arriving together are counted one by one.
	const reservation = await reserveAttempt(db, username, address, now);
	if (!reservation.ok) return { ok: false, reason: 'throttled', retryAfterMs: reservation.retryAfterMs };

	const { users } = db.tables;
	const [user] = await db
		.select()
		.from(users)
		.where(eq(users.username, username.trim().toLowerCase()))
		.limit(1);
	decoyHash ??= hashPassword('decoy password that matches nothing');
	const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash), password);
	if (!user || !valid) return { ok: false, reason: 'invalid' };
	await acceptAttempt(db, reservation, username);
	return { ok: true, userId: user.id, locale: user.locale };
}
