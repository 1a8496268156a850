// Sessions as Lucia's guide writes them: the token is `id.secret`, only SHA-256(secret) is stored,
// compared in constant time; expiry slides forward while the session is in use.
import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { accessChanged } from '../authz/access-changes';
import type { User } from '../db/schema';

export const SESSION_COOKIE = 'session';
const DAY = 24 * 60 * 60 * 1000;
export const SESSION_LIFETIME = 30 * DAY;
/** A session used with less than this left is extended to a full lifetime again. */
const RENEW_WITHIN = 15 * DAY;

export type SessionUser = Pick<User, 'id' | 'username' | 'displayName' | 'globalRole' | 'locale'>;
export type ValidSession = { id: string; userId: string; expiresAt: Date; renewed: boolean };

function randomPart(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

function hashSecret(secret: string): Uint8Array {
	return sha256(new TextEncoder().encode(secret));
}

/** Creates a session for `userId` and returns the token to put in the cookie. */
export async function createSession(db: Db, userId: string, now = Date.now()) {
	const { sessions } = db.tables;
	const id = randomPart();
	const secret = randomPart();
	const expiresAt = new Date(now + SESSION_LIFETIME);
	await db
		.insert(sessions)
		.values({ id, userId, secretHash: Buffer.from(hashSecret(secret)), expiresAt, createdAt: new Date(now) });
	return { token: `${id}.${secret}`, expiresAt };
}

/** Returns the session and its user for a token, or null; deletes expired sessions it meets. */
export async function validateSessionToken(
	db: Db,
	token: string,
	now = Date.now()
): Promise<{ session: ValidSession; user: SessionUser } | null> {
	const { sessions, users } = db.tables;
	const [id, secret, extra] = token.split('.');
	if (!id || !secret || extra !== undefined) return null;
	const [row] = await db
		.select({
			session: sessions,
			user: {
				id: users.id,
				username: users.username,
				displayName: users.displayName,
				globalRole: users.globalRole,
				locale: users.locale
			}
		})
		.from(sessions)
		.innerJoin(users, eq(sessions.userId, users.id))
		.where(eq(sessions.id, id))
		.limit(1);
	if (!row) return null;
	if (!constantTimeEqual(hashSecret(secret), new Uint8Array(row.session.secretHash))) return null;
	if (now >= row.session.expiresAt.getTime()) {
		await db.delete(sessions).where(eq(sessions.id, id));
		return null;
	}
	let expiresAt = row.session.expiresAt;
	const renewed = expiresAt.getTime() - now < RENEW_WITHIN;
	if (renewed) {
		expiresAt = new Date(now + SESSION_LIFETIME);
		await db.update(sessions).set({ expiresAt }).where(eq(sessions.id, id));
	}
	return { session: { id, userId: row.session.userId, expiresAt, renewed }, user: row.user };
}

/** Ends one session (logout). */
export async function invalidateSession(db: Db, sessionId: string): Promise<void> {
	const { sessions } = db.tables;
	await db.delete(sessions).where(eq(sessions.id, sessionId));
	accessChanged();
}

/** Ends every session of a user (password change, account removal). */
export async function invalidateUserSessions(db: Db, userId: string): Promise<void> {
	const { sessions } = db.tables;
	await db.delete(sessions).where(eq(sessions.userId, userId));
	accessChanged();
}

/** The session id half of a token, for checks that must not parse the secret. */
export function sessionIdOf(token: string): string {
	return token.split('.')[0] ?? '';
}
