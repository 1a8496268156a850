// Who is on the other end of a socket, and what they may do with one plan. Asked on upgrade, by the
// periodic sweep, and for a message whenever a session or role changed since the socket last asked
// (`access-changes`), so a logout or a role change reaches open sockets at their next message.
import type { IncomingMessage } from 'node:http';
import { standingOf, type Db } from '../../src/lib/server/db';
import { SESSION_COOKIE, validateSessionToken } from '../../src/lib/server/auth/session';
import { loadActor, type AppUser } from '../../src/lib/server/authz/actor';
import { can } from '../../src/lib/server/authz/can';

export type Access =
	| { ok: true; user: AppUser; sessionId: string; canEdit: boolean; expiresAt: number }
	| { ok: false; reason: 'signed-out' | 'forbidden' };

/** The session token from a request's Cookie header, if any. */
export function sessionTokenOf(req: IncomingMessage): string | null {
	const header = req.headers.cookie;
	if (!header) return null;
	for (const part of header.split(';')) {
		const eq = part.indexOf('=');
		if (eq < 0) continue;
		if (part.slice(0, eq).trim() !== SESSION_COOKIE) continue;
		try {
			return decodeURIComponent(part.slice(eq + 1).trim());
		} catch {
			return null; // a cookie that is not even percent-decodable is no session
		}
	}
	return null;
}

/** The signed-in user for a token, with their cluster roles, or null. */
export async function userOf(
	db: Db,
	token: string | null
): Promise<{ user: AppUser; sessionId: string; expiresAt: number } | null> {
	if (!token) return null;
	const result = await validateSessionToken(db, token);
	if (!result) return null;
	return {
		user: await loadActor(db, result.user),
		sessionId: result.session.id,
		expiresAt: result.session.expiresAt.getTime()
	};
}

/** Decides, with the same `can` as HTTP, whether `token` may view and edit a plan of `clusterId`. */
export async function accessTo(db: Db, token: string | null, clusterId: string): Promise<Access> {
	const found = await userOf(db, token);
	if (!found) return { ok: false, reason: 'signed-out' };
	const { user, sessionId, expiresAt } = found;
	if (!can(user, 'plan.view', { clusterId })) return { ok: false, reason: 'forbidden' };
	return { ok: true, user, sessionId, canEdit: can(user, 'plan.edit', { clusterId }), expiresAt };
}

/**
 * The per-message check for an already authenticated socket: one indexed query for the session's
 * expiry, the user's global role and their role in the cluster, judged by the same `can`. The
 * token's secret was verified on upgrade and cannot change; the sweep re-runs the full check.
 */
export async function recheckAccess(
	db: Db,
	sessionId: string,
	user: AppUser,
	clusterId: string
): Promise<Access> {
	const standing = await standingOf(db)(sessionId, clusterId);
	if (!standing || standing.expiresAt <= Date.now()) return { ok: false, reason: 'signed-out' };
	const roles = standing.role ? { [clusterId]: standing.role } : {};
	const actor: AppUser = { ...user, globalRole: standing.globalRole, roles };
	if (!can(actor, 'plan.view', { clusterId })) return { ok: false, reason: 'forbidden' };
	return {
		ok: true,
		user: actor,
		sessionId,
		canEdit: can(actor, 'plan.edit', { clusterId }),
		expiresAt: standing.expiresAt
	};
}
