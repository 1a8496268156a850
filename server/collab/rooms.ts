// The loaded documents: opens a room on the first socket, unloads it after the last one leaves,
// bounds how many plans one user holds open, and compacts logs past their bound in the background.
import type { WebSocket } from 'ws';
import type * as Y from 'yjs';
import type { Db } from '../../src/lib/server/db';
import { Committer } from './committer';
import { Connection, type AcceptedSocket } from './connection';
import { CloseCode, type CollabLimits } from './limits';
import { ProtocolError, decodeClientMessage } from './protocol';
import { Room } from './room';
import type { DocumentStore } from '../../src/lib/server/documents/store';
import type { AppUser } from '../../src/lib/server/authz/actor';
import { hasAttended, recordAttendee, type Participant } from '../../src/lib/plan/workshop';
import { SCHEMA_VERSION, initPlan, schemaVersionOf } from '../../src/lib/plan';
import { getPlan } from '../../src/lib/server/plans';
import { participantOf } from './participant';
import { ClosedPlans, PlanUnavailable } from './closed-plans';
import { warnUnlessOrdinary } from './socket-errors';

const fullCheckEveryMs = 60 * 60 * 1000;

export type RoomsStats = { documents: number; connections: number };

export class Rooms {
	readonly committer: Committer;
	#rooms = new Map<string, Room>();
	#compacting = new Set<Room>();

	constructor(
		private readonly db: Db,
		private readonly store: DocumentStore,
		private readonly limits: CollabLimits,
		readonly closed: ClosedPlans = new ClosedPlans()
	) {
		this.committer = new Committer(store);
	}

	/**
	 * Whether `userId` may open another socket on `planId` without passing the per-user bounds: plans
	 * open at once, and sockets on one plan (tabs, reconnects a dead network left half-open).
	 */
	canOpen(userId: string, planId: string): boolean {
		const open = new Set<string>();
		let onThisPlan = 0;
		for (const room of this.#rooms.values())
			for (const conn of room.conns) {
				if (conn.user.id !== userId || conn.closed) continue;
				open.add(room.planId);
				if (room.planId === planId) onThisPlan += 1;
			}
		if (onThisPlan >= this.limits.maxSocketsPerPlan) return false;
		return open.has(planId) || open.size < this.limits.maxDocumentsPerUser;
	}

	/** Attaches an accepted socket to its plan's room, loading the document if needed. */
	connect(ws: WebSocket, opened: AcceptedSocket) {
		const { planId } = opened;
		const conn = new Connection(ws, opened, this.limits.maxBufferedBytes);
		const joined = this.#open(planId);
		ws.on('message', (data, isBinary) => this.#onMessage(joined, conn, data, isBinary));
		ws.on('close', () => {
			try {
				this.#leave(joined, conn);
			} catch (error) {
				console.error(`collab: cleanup after a socket on plan ${planId} failed`, error);
			}
		});
		ws.on('error', (error) => warnUnlessOrdinary(`socket error on plan ${planId}`, error));
		joined.join(conn);
		this.#attend(joined, conn.user, opened.clusterId);
		return conn;
	}

	/** The people with a socket open on `planId`, each once. */
	usersIn(planId: string): AppUser[] {
		const users = new Map<string, AppUser>();
		for (const conn of this.#rooms.get(planId)?.conns ?? []) users.set(conn.user.id, conn.user);
		return [...users.values()];
	}

	/** Records `who` among the attendees of the workshop running on `planId`, if one runs. */
	attend(planId: string, who: Participant): void {
		this.change(planId, (doc) => recordAttendee(doc, who, Date.now()));
	}

	// Whoever opens a plan while a workshop runs on it has come to the workshop. Checked on the
	// loaded document first, so an ordinary connection writes nothing.
	#attend(room: Room, user: AppUser, clusterId: string): void {
		try {
			if (hasAttended(room.doc, user.id)) return;
			room.change((doc) => recordAttendee(doc, participantOf(user, clusterId), Date.now()));
		} catch (error) {
			console.error(`collab: could not record attendance on plan ${room.planId}`, error);
		}
	}

	/**
	 * The plan's room, loaded from the store if no socket has it open. A plan nobody has opened yet is
	 * laid out here, by the server (browsers never write the layout); one whose document cannot be
	 * read or is in a layout this code does not know is closed (PlanUnavailable).
	 */
	#open(planId: string): Room {
		const open = this.#rooms.get(planId);
		if (open) return open;
		this.closed.check(planId);
		let room: Room;
		try {
			room = new Room(planId, this.store, this.committer, (r) => this.#maybeCompact(r));
		} catch (error) {
			this.closed.close(planId, `its document cannot be read: ${(error as Error).message}`);
			throw new PlanUnavailable(planId, this.closed.reason(planId)!);
		}
		const version = schemaVersionOf(room.doc);
		if (version !== null && version !== SCHEMA_VERSION) {
			room.destroy();
			this.closed.close(planId, `its layout version ${version} is not ${SCHEMA_VERSION}`);
			throw new PlanUnavailable(planId, this.closed.reason(planId)!);
		}
		this.#rooms.set(planId, room);
		if (version === null) {
			const plan = getPlan(this.db, planId);
			if (plan) room.change((doc) => initPlan(doc, { id: plan.id, title: plan.title }));
		}
		return room;
	}

	/**
	 * Runs a change the server makes on a plan's document (see `Room.change`): on the open room, so
	 * every socket receives it, or on a room loaded for the change and unloaded once it is stored.
	 */
	change<T>(planId: string, run: (doc: Y.Doc) => T): T {
		const room = this.#open(planId);
		try {
			return room.change(run);
		} finally {
			this.#unloadIfIdle(room);
		}
	}

	#onMessage(room: Room, conn: Connection, data: WebSocket.RawData, isBinary: boolean): void {
		if (conn.closed) return;
		try {
			if (!isBinary) throw new ProtocolError('text frames are not part of the protocol');
			if (!conn.recheck(this.db)) return;
			const frame = Array.isArray(data)
				? Buffer.concat(data)
				: Buffer.isBuffer(data)
					? data
					: new Uint8Array(data);
			room.receive(conn, decodeClientMessage(frame));
		} catch (error) {
			if (error instanceof ProtocolError) {
				conn.close(error.code, error.message);
				return;
			}
			// Our bug, not the client's: log it, drop this socket, keep the process and the room.
			console.error(`collab: message handler failed on plan ${room.planId}`, error);
			conn.close(CloseCode.internal, 'internal error');
		}
	}

	#leave(room: Room, conn: Connection): void {
		conn.closed = true;
		room.leave(conn);
		this.#unloadIfIdle(room);
	}

	/** Stores what is pending and unloads a room no socket uses any more. */
	#unloadIfIdle(room: Room): void {
		if (room.conns.size > 0 || this.#rooms.get(room.planId) !== room) return;
		try {
			this.committer.flush();
			if (this.#overBound(room)) room.compact();
		} catch (error) {
			console.error(`collab: could not store plan ${room.planId} while unloading`, error);
		}
		this.#rooms.delete(room.planId);
		this.#compacting.delete(room);
		room.destroy();
	}

	#overBound(room: Room): boolean {
		return room.log.rows > this.limits.compactAfterUpdates || room.log.bytes > this.limits.compactAfterBytes;
	}

	#maybeCompact(room: Room): void {
		if (!this.#overBound(room) || this.#compacting.has(room)) return;
		this.#compacting.add(room);
		// Off the commit path: the broadcast that triggered this goes out first.
		setTimeout(() => {
			if (!this.#compacting.delete(room) || this.#rooms.get(room.planId) !== room) return;
			try {
				room.compact();
			} catch (error) {
				console.error(`collab: compaction of plan ${room.planId} failed`, error);
			}
		}, 0);
	}

	/** Closes sockets whose session or role is gone, and those that stopped answering pings. */
	sweep(ping: boolean): void {
		for (const room of this.#rooms.values()) {
			for (const conn of room.conns) {
				try {
					// The full check hashes the token and slides the session's expiry; hourly is plenty,
					// and running it for every socket every few seconds stalls the event loop.
					const full = Date.now() - conn.lastFullCheck > fullCheckEveryMs;
					if (!conn.recheck(this.db, full)) continue;
					if (!ping) continue;
					if (!conn.alive) conn.ws.terminate();
					conn.alive = false;
					conn.ws.ping();
				} catch (error) {
					console.error('collab: sweep failed for a connection', error);
				}
			}
		}
	}

	stats(): RoomsStats {
		let connections = 0;
		for (const room of this.#rooms.values()) connections += room.conns.size;
		return { documents: this.#rooms.size, connections };
	}

	/** Stores everything pending and closes every socket (server shutdown). */
	closeAll(): void {
		this.committer.flush();
		for (const room of this.#rooms.values())
			for (const conn of room.conns) conn.close(CloseCode.goingAway, 'server shutting down');
	}
}
