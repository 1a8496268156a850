// One open socket: whose it is, what they may do, and which awareness client ids it speaks for.
import type { WebSocket } from 'ws';
import type { Db } from '../../src/lib/server/db';
import type { AppUser } from '../../src/lib/server/authz/actor';
import { accessTo, recheckAccess, type Access } from './access';
import { accessChanges } from '../../src/lib/server/authz/access-changes';
import { CloseCode } from './limits';
import { warnUnlessOrdinary } from './socket-errors';
import type { PresenceRate } from './presence-rate';
import type { AwarenessEntry } from './protocol';

/** What the upgrade decided about a socket it accepted. */
export type AcceptedSocket = {
	planId: string;
	clusterId: string;
	token: string;
	sessionId: string;
	user: AppUser;
	canEdit: boolean;
};

const refusalWindowMs = 60_000;
const maxRefusalsPerWindow = 20;

export class Connection {
	/** The awareness client id this socket announced first; it may speak for no other. */
	awarenessClientId: number | null = null;
	/** Awareness client ids whose state this socket set, removed from presence when it closes. */
	readonly controlledIds = new Set<number>();
	/** Passes this socket's presence on at a bounded rate; set when it joins a room. */
	presence: PresenceRate<AwarenessEntry[]> | null = null;
	/** When the token was last validated in full (which also slides the session's expiry). */
	lastFullCheck = Date.now();
	/** Cleared by the keep-alive ping, set again by the pong. */
	alive = true;
	closed = false;
	/** When this socket's recent writes were refused, oldest first. */
	readonly #refusals: number[] = [];

	readonly planId: string;
	readonly clusterId: string;
	user: AppUser;
	canEdit: boolean;
	readonly #token: string;
	readonly #sessionId: string;
	readonly #maxBufferedBytes: number;
	/** `accessChanges()` when the database last answered for this socket; -1: never since upgrade. */
	#answeredAt = -1;
	/** The session's expiry as the database last gave it, in ms. */
	#expiresAt = 0;

	constructor(
		readonly ws: WebSocket,
		opened: AcceptedSocket,
		maxBufferedBytes: number
	) {
		this.planId = opened.planId;
		this.clusterId = opened.clusterId;
		this.user = opened.user;
		this.canEdit = opened.canEdit;
		this.#token = opened.token;
		this.#sessionId = opened.sessionId;
		this.#maxBufferedBytes = maxBufferedBytes;
		ws.on('pong', () => (this.alive = true));
	}

	/**
	 * Whether this socket may go on with a message: the last answer holds while no session or role
	 * changed anywhere (`accessChanged`) and the session has not expired, so a cursor frame costs no
	 * query; otherwise the database is asked again as in `recheck`.
	 */
	async mayGoOn(db: Db, now = Date.now()): Promise<boolean> {
		if (this.closed) return false;
		if (this.#answeredAt === accessChanges() && now < this.#expiresAt) return true;
		return this.recheck(db);
	}

	/**
	 * Re-reads the session and role; closes the socket (4401/4403) when either is gone. Returns
	 * whether the socket may go on. A change between editor and read-only takes effect here.
	 * `full` re-validates the token as HTTP does (and slides the session's expiry); otherwise the
	 * cheaper `recheckAccess`. The sweep always asks, so a change made outside this server's code
	 * (the admin command, another process) reaches open sockets within one sweep.
	 */
	async recheck(db: Db, full = false): Promise<boolean> {
		if (this.closed) return false;
		if (full) this.lastFullCheck = Date.now();
		// Read before asking: a change told while the query runs makes the next message ask again.
		const changes = accessChanges();
		let access: Access;
		try {
			access = full
				? await accessTo(db, this.#token, this.clusterId)
				: await recheckAccess(db, this.#sessionId, this.user, this.clusterId);
		} catch (error) {
			// Who may write cannot be known: nothing is taken in until the database answers again.
			console.warn(`collab: cannot check a socket on plan ${this.planId}: ${(error as Error).message}`);
			this.close(CloseCode.unavailable, 'the database is not answering');
			return false;
		}
		if (this.closed) return false;
		if (!access.ok) {
			if (access.reason === 'signed-out') this.close(CloseCode.sessionEnded, 'session ended');
			else this.close(CloseCode.forbidden, 'no longer allowed');
			return false;
		}
		this.user = access.user;
		this.canEdit = access.canEdit;
		this.#answeredAt = changes;
		this.#expiresAt = access.expiresAt;
		return true;
	}

	/**
	 * Notes a refused write at `now`; true when the socket has had too many refused in the last
	 * minute. Undoing a refused write rereads the plan, so a client repeating them is cut off.
	 */
	noteRefusal(now: number): boolean {
		this.#refusals.push(now);
		while (this.#refusals.length > 0 && this.#refusals[0]! < now - refusalWindowMs) this.#refusals.shift();
		return this.#refusals.length > maxRefusalsPerWindow;
	}

	/** Sends a binary frame unless the socket is already going away. */
	send(bytes: Uint8Array): void {
		if (this.closed || this.ws.readyState !== this.ws.OPEN) return;
		// A reader that cannot keep up would otherwise grow our memory without bound.
		if (this.ws.bufferedAmount > this.#maxBufferedBytes) {
			this.close(CloseCode.tooSlow, 'reading too slowly');
			return;
		}
		this.ws.send(bytes, { binary: true }, (error) => {
			// A failed send means the socket broke; its close handler cleans up, but say why.
			if (error && !this.closed) warnUnlessOrdinary(`send to ${this.user.username} failed`, error);
		});
	}

	/** Closes with a code from CloseCode; later messages from this socket are ignored. */
	close(code: number, reason: string): void {
		if (this.closed) return;
		this.closed = true;
		// The protocol allows 123 bytes of reason; `ws` throws on more.
		let text = reason;
		while (Buffer.byteLength(text) > 123) text = text.slice(0, -1);
		try {
			this.ws.close(code, text);
		} catch (error) {
			console.warn(`collab: could not close a socket cleanly: ${(error as Error).message}`);
			this.ws.terminate();
		}
	}
}
