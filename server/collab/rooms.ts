// The loaded documents: opens a room on the first socket, unloads it after the last one leaves,
// bounds how many plans one user holds open, and compacts logs past their bound in the background.
import type { WebSocket } from 'ws';
import type * as Y from 'yjs';
import type { Db } from '../../src/lib/server/db';
import { Committer } from './committer';
import { Connection, type AcceptedSocket } from './connection';
import { CloseCode, type CollabLimits } from './limits';
import { ProtocolError, decodeClientMessage } from './protocol';
import { Room, type EditListener } from './room';
import type { DocumentStore } from '../../src/lib/server/documents/store';
import type { AppUser } from '../../src/lib/server/authz/actor';
import { hasAttended, recordAttendee, type Participant } from '../../src/lib/plan/workshop';
import { SCHEMA_VERSION, initPlan, schemaVersionOf } from '../../src/lib/plan';
import { getPlan } from '../../src/lib/server/plans';
import { participantOf } from './participant';
import { ClosedPlans, PlanUnavailable } from './closed-plans';
import { warnUnlessOrdinary } from './socket-errors';
import { noNews, type News } from './news';
import { SocketsElsewhere, type OpenPlans } from './sockets-elsewhere';

const fullCheckEveryMs = 60 * 60 * 1000;

export type RoomsStats = { documents: number; connections: number };

/** What the rooms tell the rest of the server: each accepted edit, and a room closing. */
export type RoomHooks = { edited?: EditListener; closed?: (planId: string) => void };

export class Rooms {
	readonly committer: Committer;
	/** What each person has open on the other instances, for the per-user bounds. */
	readonly elsewhere: SocketsElsewhere;
	#rooms = new Map<string, Room>();
	#opening = new Map<string, Promise<Room>>();
	/** Sockets accepted whose room is still loading: they count against the per-user bounds. */
	#joining = new Set<Connection>();
	#compacting = new Set<Room>();
	#unloading = new Set<Room>();
	/** Each open room's end of hearing the other instances' news of its plan. */
	#following = new Map<Room, () => void>();
	#sweeping = false;

	constructor(
		private readonly db: Db,
		private readonly store: DocumentStore,
		private readonly limits: CollabLimits,
		readonly closed: ClosedPlans = new ClosedPlans(),
		private readonly now: () => number = Date.now,
		private readonly news: News = noNews,
		private readonly hooks: RoomHooks = {}
	) {
		this.committer = new Committer(store, news);
		this.elsewhere = new SocketsElsewhere(news, () => this.#openByUser());
		// News lost while the connection was down: every open room reads what it missed.
		news.onResumed(() => {
			for (const room of this.#rooms.values()) void room.catchUp();
		});
		news.onGone((instance) => {
			for (const room of this.#rooms.values()) room.instanceGone(instance);
		});
	}

	/**
	 * Whether `userId` may open another socket on `planId` without passing the per-user bounds: plans
	 * open at once, and sockets on one plan (tabs, reconnects a dead network left half-open).
	 */
	canOpen(userId: string, planId: string): boolean {
		const open = this.#openPlansOf(userId);
		for (const [plan, count] of this.elsewhere.of(userId)) open.set(plan, (open.get(plan) ?? 0) + count);
		if ((open.get(planId) ?? 0) >= this.limits.maxSocketsPerPlan) return false;
		return open.has(planId) || open.size < this.limits.maxDocumentsPerUser;
	}

	/** The sockets open here, loading or loaded and not closed. */
	#openSockets(): Connection[] {
		const conns = [...this.#joining, ...[...this.#rooms.values()].flatMap((room) => [...room.conns])];
		return conns.filter((conn) => !conn.closed);
	}

	#openPlansOf(userId: string): OpenPlans {
		return this.#openByUser(userId).get(userId) ?? new Map();
	}

	/** Per person (or only `only`), the plans they have sockets open on here and how many. */
	#openByUser(only?: string): Map<string, OpenPlans> {
		const byUser = new Map<string, OpenPlans>();
		for (const conn of this.#openSockets()) {
			if (only !== undefined && conn.user.id !== only) continue;
			let open = byUser.get(conn.user.id);
			if (!open) byUser.set(conn.user.id, (open = new Map()));
			open.set(conn.planId, (open.get(conn.planId) ?? 0) + 1);
		}
		return byUser;
	}

	/**
	 * Attaches an accepted socket to its plan's room, loading the document if needed. Messages that
	 * arrive while it loads wait, and every message of a socket is handled after the one before.
	 */
	connect(ws: WebSocket, opened: AcceptedSocket): Connection {
		const { planId } = opened;
		const conn = new Connection(ws, opened, this.limits.maxBufferedBytes);
		this.#joining.add(conn);
		this.elsewhere.tell(conn.user.id, this.#openPlansOf(conn.user.id));
		const joined = this.#hold(planId).then((room) => {
			this.#joining.delete(conn);
			room.holds -= 1;
			if (conn.closed) {
				void this.#unloadIfIdle(room);
				return room;
			}
			room.join(conn);
			void this.#attend(room, conn.user, opened.clusterId);
			return room;
		});
		joined.catch((error: unknown) => {
			this.#joining.delete(conn);
			// A plan found unreadable right now was closed and logged by #load.
			if (!(error instanceof PlanUnavailable)) console.error(`collab: could not open plan ${planId}`, error);
			conn.close(CloseCode.internal, 'could not open the plan');
		});
		let queue: Promise<unknown> = joined;
		let queued = 0;
		ws.on('message', (data, isBinary) => {
			if (conn.closed) return;
			// A client sending faster than we check would grow this queue without bound.
			if (++queued > this.limits.maxQueuedMessages) {
				conn.close(CloseCode.tooSlow, 'sending faster than the server can check');
				return;
			}
			queue = queue.then(async (room) => {
				queued -= 1;
				await this.#onMessage(room as Room, conn, data, isBinary);
				return room;
			});
		});
		ws.on('close', () => {
			conn.closed = true;
			this.#joining.delete(conn);
			this.elsewhere.tell(conn.user.id, this.#openPlansOf(conn.user.id));
			joined.then(
				(room) => this.#leave(room, conn),
				() => {}
			);
		});
		ws.on('error', (error) => warnUnlessOrdinary(`socket error on plan ${planId}`, error));
		return conn;
	}

	/** The people with a socket open on `planId`, each once. */
	usersIn(planId: string): AppUser[] {
		const users = new Map<string, AppUser>();
		for (const conn of this.#rooms.get(planId)?.conns ?? []) users.set(conn.user.id, conn.user);
		return [...users.values()];
	}

	/** Records `who` among the attendees of the workshop running on `planId`, if one runs. */
	async attend(planId: string, who: Participant): Promise<void> {
		await this.change(planId, (doc) => recordAttendee(doc, who, this.now()));
	}

	// Whoever opens a plan while a workshop runs on it has come to the workshop. Checked on the
	// loaded document first, so an ordinary connection writes nothing.
	async #attend(room: Room, user: AppUser, clusterId: string): Promise<void> {
		try {
			if (hasAttended(room.doc, user.id)) return;
			await room.change((doc) => recordAttendee(doc, participantOf(user, clusterId), this.now()));
		} catch (error) {
			console.error(`collab: could not record attendance on plan ${room.planId}`, error);
		}
	}

	/** The plan's room, loaded if needed, held (`holds`) so it is not unloaded until let go. */
	async #hold(planId: string): Promise<Room> {
		for (;;) {
			const room = this.#rooms.get(planId) ?? (await this.#open(planId));
			// Checked and held in one step after the wait: an unload finishing meanwhile is seen here.
			if (room.destroyed) continue;
			room.holds += 1;
			return room;
		}
	}

	#open(planId: string): Promise<Room> {
		let opening = this.#opening.get(planId);
		if (!opening) {
			opening = this.#load(planId).finally(() => this.#opening.delete(planId));
			this.#opening.set(planId, opening);
		}
		return opening;
	}

	/**
	 * Loads the plan's room from the store. A plan nobody has opened yet is laid out here, by the
	 * server (browsers never write the layout); one whose document cannot be read or is in a layout
	 * this code does not know is closed (PlanUnavailable).
	 */
	async #load(planId: string): Promise<Room> {
		this.closed.check(planId);
		// Hearing begins before the read, so nothing stored between the two goes unheard; what is
		// heard meanwhile waits for the room (what the read already holds is skipped).
		const early: ((room: Room) => void)[] = [];
		let room: Room | undefined;
		const heard = (deliver: (room: Room) => void) => (room ? deliver(room) : early.push(deliver));
		const unfollow = await this.news.follow(planId, {
			updates: (entries) => heard((r) => r.hear(entries)),
			presence: (update, from) => heard((r) => r.hearPresence(update, from)),
			presenceNow: () => room?.presenceNow() ?? null
		});
		try {
			room = await Room.open(
				planId,
				this.store,
				this.committer,
				(r) => this.#maybeCompact(r),
				(update) => this.news.tellPresence(planId, update),
				(r, conn, touched) => this.hooks.edited?.(r, conn, touched)
			);
		} catch (error) {
			unfollow();
			this.closed.close(planId, `its document cannot be read: ${(error as Error).message}`);
			throw new PlanUnavailable(planId, this.closed.reason(planId)!);
		}
		this.#following.set(room, unfollow);
		for (const deliver of early.splice(0)) deliver(room);
		const version = schemaVersionOf(room.doc);
		if (version !== null && version !== SCHEMA_VERSION) {
			this.#forget(room);
			this.closed.close(planId, `its layout version ${version} is not ${SCHEMA_VERSION}`);
			throw new PlanUnavailable(planId, this.closed.reason(planId)!);
		}
		if (version === null) {
			const plan = await getPlan(this.db, planId);
			if (plan) await room.change((doc) => initPlan(doc, { id: plan.id, title: plan.title }));
		}
		this.#rooms.set(planId, room);
		return room;
	}

	/**
	 * Runs a change the server makes on a plan's document in its turn, with those that came while it
	 * waited (see `Room.changeInTurn`): on the open room, so every socket receives it, or on a room
	 * loaded for the change and unloaded once it is stored.
	 */
	async change<T>(planId: string, run: (doc: Y.Doc) => T): Promise<T> {
		const room = await this.#hold(planId);
		try {
			return await room.changeInTurn(run);
		} finally {
			room.holds -= 1;
			void this.#unloadIfIdle(room);
		}
	}

	/**
	 * Runs `work` on the plan's room while no socket's message is applied to it (`Room.exclusive`):
	 * for server work that reads the live plan, awaits the database, then changes the plan.
	 */
	async exclusively<T>(planId: string, work: (room: Room) => Promise<T>): Promise<T> {
		const room = await this.#hold(planId);
		try {
			return await room.exclusive(() => work(room));
		} finally {
			room.holds -= 1;
			void this.#unloadIfIdle(room);
		}
	}

	async #onMessage(room: Room, conn: Connection, data: WebSocket.RawData, isBinary: boolean): Promise<void> {
		if (conn.closed) return;
		try {
			if (!isBinary) throw new ProtocolError('text frames are not part of the protocol');
			if (!(await conn.mayGoOn(this.db, this.now()))) return;
			// A restore under way holds the room: this message applies after it, on the restored plan.
			for (let lock = room.unlocked(); lock; lock = room.unlocked()) await lock;
			if (conn.closed || room.destroyed) return;
			const frame = Array.isArray(data)
				? Buffer.concat(data)
				: Buffer.isBuffer(data)
					? data
					: new Uint8Array(data);
			await room.receive(conn, decodeClientMessage(frame));
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
		void this.#unloadIfIdle(room);
	}

	#idle(room: Room): boolean {
		return room.conns.size === 0 && room.holds === 0 && this.#rooms.get(room.planId) === room;
	}

	/** Stores what is pending and unloads a room no socket uses any more. */
	async #unloadIfIdle(room: Room): Promise<void> {
		if (!this.#idle(room) || this.#unloading.has(room)) return;
		this.#unloading.add(room);
		try {
			await this.committer.flush();
			if (this.#overBound(room)) await room.compact();
		} catch (error) {
			console.error(`collab: could not store plan ${room.planId} while unloading`, error);
		} finally {
			this.#unloading.delete(room);
		}
		// Someone may have come back while it was being stored.
		if (!this.#idle(room)) return;
		this.#rooms.delete(room.planId);
		this.#compacting.delete(room);
		this.#forget(room);
	}

	#forget(room: Room): void {
		this.hooks.closed?.(room.planId);
		this.#following.get(room)?.();
		this.#following.delete(room);
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
			if (this.#rooms.get(room.planId) !== room) {
				this.#compacting.delete(room);
				return;
			}
			room
				.compact()
				.catch((error) => console.error(`collab: compaction of plan ${room.planId} failed`, error))
				.finally(() => this.#compacting.delete(room));
		}, 0);
	}

	/** Closes sockets whose session or role is gone, and those that stopped answering pings. */
	async sweep(ping: boolean): Promise<void> {
		// A sweep slower than the interval (a slow database) is not run twice at once.
		if (this.#sweeping) return;
		this.#sweeping = true;
		try {
			for (const room of [...this.#rooms.values()]) {
				for (const conn of [...room.conns]) {
					try {
						// The full check hashes the token and slides the session's expiry; hourly is plenty,
						// and running it for every socket every few seconds stalls the event loop.
						const full = this.now() - conn.lastFullCheck > fullCheckEveryMs;
						if (!(await conn.recheck(this.db, full))) continue;
						if (!ping) continue;
						if (!conn.alive) conn.ws.terminate();
						conn.alive = false;
						conn.ws.ping();
					} catch (error) {
						console.error('collab: sweep failed for a connection', error);
					}
				}
			}
		} finally {
			this.#sweeping = false;
		}
	}

	stats(): RoomsStats {
		let connections = 0;
		for (const room of this.#rooms.values()) connections += room.conns.size;
		return { documents: this.#rooms.size, connections };
	}

	/**
	 * Stores everything pending and closes every socket (server shutdown) with "service restart",
	 * on which y-websocket reconnects, to this instance when it is back or to another.
	 */
	async closeAll(): Promise<void> {
		await this.committer.flush();
		for (const room of this.#rooms.values())
			for (const conn of room.conns) conn.close(CloseCode.serviceRestart, 'server restarting');
		for (const conn of this.#joining) conn.close(CloseCode.serviceRestart, 'server restarting');
	}
}
