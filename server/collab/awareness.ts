// Presence comes from the session, not the client: the server binds each socket to one awareness
// client id and stamps the user's id, name and colour onto every state it relays.
import type { AppUser } from '../../src/lib/server/authz/actor';
import { can } from '../../src/lib/server/authz/can';
import type { Connection } from './connection';
import type { AwarenessEntry } from './protocol';

const palette = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#e377c2', '#8c564b', '#17becf', '#bcbd22'];

/** A stable colour for a user id (FNV-1a hash into a palette readable on white). */
export function colourOf(userId: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < userId.length; i++) hash = Math.imul(hash ^ userId.charCodeAt(i), 0x01000193);
	return palette[(hash >>> 0) % palette.length]!;
}

/**
 * The `user` field every relayed awareness state carries. `lead` says the user may run the plan's
 * workshops: participants follow only a leader's page and view ("follow me"), so it comes from here.
 */
export function presenceOf(user: AppUser, clusterId: string) {
	return {
		id: user.id,
		name: user.displayName,
		color: colourOf(user.id),
		lead: can(user, 'workshop.run', { clusterId })
	};
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Keeps only the entries for the socket's own client id (binding it on first use, unless another
 * socket in the room already speaks for that id) and overwrites `state.user` from the session.
 * y-websocket clients echo other clients' states they received; those are dropped, not an error.
 */
export function ownPresence(
	conn: Connection,
	entries: AwarenessEntry[],
	takenByOthers: (clientId: number) => boolean
): AwarenessEntry[] {
	const kept: AwarenessEntry[] = [];
	for (const entry of entries) {
		if (conn.awarenessClientId === null && !takenByOthers(entry.clientId))
			conn.awarenessClientId = entry.clientId;
		if (entry.clientId !== conn.awarenessClientId) continue;
		const state =
			entry.state === null
				? null
				: { ...(isRecord(entry.state) ? entry.state : {}), user: presenceOf(conn.user, conn.clusterId) };
		kept.push({ ...entry, state });
	}
	return kept;
}
