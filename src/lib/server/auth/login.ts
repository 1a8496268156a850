// The login check: throttle first, then the password; every outcome is counted or cleared.
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { users } from '../db/schema';
import { hashPassword, verifyPassword } from './password';
import { clearFailures, recordFailure, retryAfter, throttleKeys } from './throttle';

export type LoginResult =
	| { ok: true; userId: string; locale: string | null }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'throttled'; retryAfterMs: number };

// Verifying against a real hash when the user does not exist keeps the response time
// from telling which usernames exist.
let decoyHash: Promise<string> | undefined;

export async function attemptLogin(
	db: Db,
	username: string,
	password: string,
	address: string,
	now = Date.now()
): Promise<LoginResult> {
	const keys = throttleKeys(username, address);
	const wait = retryAfter(db, keys, now);
	if (wait > 0) return { ok: false, reason: 'throttled', retryAfterMs: wait };

	const user = db.select().from(users).where(eq(users.username, username.trim().toLowerCase())).get();
	decoyHash ??= hashPassword('decoy password that matches nothing');
	const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash), password);
	if (!user || !valid) {
		recordFailure(db, keys, now);
		return { ok: false, reason: 'invalid' };
	}
	clearFailures(db, [keys[0]!]);
	return { ok: true, userId: user.id, locale: user.locale };
}
