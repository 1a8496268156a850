// One loaded plan document with its sockets: applies checked updates, hands them to the committer,
// broadcasts them once durable, takes in what other instances stored, and relays presence.
import * as Y from 'yjs';
import {
	Awareness,
	applyAwarenessUpdate,
	encodeAwarenessUpdate,
	removeAwarenessStates
} from 'y-protocols/awareness';
import type { Committable, Committer } from './committer';
import { Connection } from './connection';
import { CloseCode } from './limits';
import {
	ProtocolError,
	encodeAwareness,
	encodeAwarenessEntries,
	encodePermissionDenied,
	encodeSyncStep1,
	encodeSyncStep2Update,
	encodeUpdate,
	type ClientMessage
} from './protocol';
import { ownPresence } from './awareness';
import { PresenceRate } from './presence-rate';
import type { DocumentStore, Entry, StoredDocument } from '../../src/lib/server/documents/store';
import { changesNothing, checkUpdate } from './validate';
import { checkWrite, revertTouched, type Touched, type WriteCheck } from '../../src/lib/plan';
import { DocumentSize } from './size';
import { Sequences } from './sequences';

type Pending = { update: Uint8Array; origin: Connection | null };

/** A server change waiting for its turn on the room (`changeInTurn`). */
type Waiting = {
	run: (doc: Y.Doc) => unknown;
	resolve: (value: unknown) => void;
	reject: (error: unknown) => void;
};

function docFrom(updates: ReadonlyArray<Uint8Array>): Y.Doc {
	const doc = new Y.Doc();
	for (const update of updates) Y.applyUpdate(doc, update);
	return doc;
}

function hasPending(doc: Y.Doc): boolean {
	return doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
}

/** Past this many durable updates kept apart, they are merged into one (on the next read). */
const MERGE_DURABLE_AFTER = 256;

/** The origin of updates another instance stored: applied and broadcast, never stored again. */
const STORED_ELSEWHERE = Symbol('stored elsewhere');

/** How long a gap in a plan's log sequences may be news on its way before the log is read. */
const GAP_GRACE_MS = 100;

/** Told of each editor's update the room accepted, with what it changed (who edited what: edit-bursts.ts). */
export type EditListener = (room: Room, conn: Connection, touched: Touched) => void;

/** The origin of presence heard from another instance's sockets. */
class FromInstance {
	constructor(readonly instance: string) {}
}

export class Room implements Committable {
	readonly conns = new Set<Connection>();
	/** Presence has its own doc: the content doc may be rebuilt, presence must not notice. */
	readonly awareness = new Awareness(new Y.Doc());
	/** Log rows and bytes not yet folded into the snapshot. */
	log: { rows: number; bytes: number };
	/** Sockets joining and server changes under way: a room they hold is not unloaded. */
	holds = 0;
	destroyed = false;
	readonly #size: DocumentSize;
	#doc: Y.Doc;
	/**
	 * The document exactly as stored (snapshot, log rows, updates committed since), so an undo, a
	 * rebuild, a sync answer or a compaction never waits on the store, and never contains what is
	 * not yet durable. `#seqs` says which log sequences it holds.
	 */
	#durable: Uint8Array[];
	readonly #seqs: Sequences;
	/** Stored by other instances and heard of out of order: applied once those before them are. */
	readonly #heard = new Map<number, Uint8Array>();
	#catchingUp: Promise<void> | null = null;
	#gapTimer: ReturnType<typeof setTimeout> | null = null;
	/** The awareness client ids each other instance speaks for here. */
	readonly #elsewhere = new Map<string, Set<number>>();
	/** Accepted, handed to the committer, not yet durable. */
	#inFlight: Pending[] = [];
	/** Accepted, not yet handed to the committer. */
	#pending: Pending[] = [];
	#commitFailures = 0;
	#lock: Promise<void> | null = null;
	/** The server changes gathering for the next turn on the room; null when none waits. */
	#waiting: Waiting[] | null = null;
	#onUpdate = (update: Uint8Array, origin: unknown) => {
		if (origin === STORED_ELSEWHERE) return;
		this.#pending.push({ update, origin: (origin as Connection | null) ?? null });
		this.committer.enqueue(this);
	};

	/** Loads the plan's document from the store. */
	static async open(
		planId: string,
		store: DocumentStore,
		committer: Committer,
		onCommitted: (room: Room) => void,
		tellPresence: (update: Uint8Array) => void = () => {},
		onEdited: EditListener = () => {}
	): Promise<Room> {
		return new Room(planId, await store.load(planId), store, committer, onCommitted, tellPresence, onEdited);
	}

	private constructor(
		readonly planId: string,
		stored: StoredDocument,
		private readonly store: DocumentStore,
		private readonly committer: Committer,
		private readonly onCommitted: (room: Room) => void,
		private readonly tellPresence: (update: Uint8Array) => void,
		private readonly onEdited: EditListener
	) {
		this.log = stored.log;
		this.#durable = stored.snapshot ? [stored.snapshot, ...stored.updates] : [...stored.updates];
		this.#seqs = new Sequences(stored.through);
		this.#doc = docFrom(this.#durable);
		this.#size = new DocumentSize((stored.snapshot?.byteLength ?? 0) + stored.log.bytes);
		this.#doc.on('update', this.#onUpdate);
		this.awareness.setLocalState(null);
		this.awareness.on('update', this.#relayAwareness);
	}

	/** The stored document as one update. */
	#durableState(): Uint8Array {
		if (this.#durable.length === 0) this.#durable = [Y.encodeStateAsUpdate(new Y.Doc())];
		else if (this.#durable.length > 1) this.#durable = [Y.mergeUpdates(this.#durable)];
		return this.#durable[0]!;
	}

	get doc(): Y.Doc {
		return this.#doc;
	}

	/** Greets a new socket: our state vector (so it sends what we lack) and everyone's presence. */
	join(conn: Connection): void {
		this.conns.add(conn);
		conn.presence = new PresenceRate((entries) => {
			if (this.conns.has(conn)) applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(entries), conn);
		});
		conn.send(encodeSyncStep1(this.#doc));
		const states = [...this.awareness.getStates().keys()];
		if (states.length > 0) conn.send(encodeAwareness(encodeAwarenessUpdate(this.awareness, states)));
	}

	/** Forgets a socket and the presence it spoke for. */
	leave(conn: Connection): void {
		this.conns.delete(conn);
		conn.presence?.stop();
		removeAwarenessStates(this.awareness, [...conn.controlledIds], conn);
	}

	/** Handles one decoded message. Throws ProtocolError for a frame that must close the socket. */
	receive(conn: Connection, message: ClientMessage): void | Promise<void> {
		switch (message.type) {
			case 'sync-step1':
				return this.#answerStep1(conn, message.stateVector);
			case 'sync-step2':
			case 'update':
				if (conn.canEdit) this.#apply(conn, message.update);
				else this.#refuseWrite(conn, message.update);
				return;
			case 'awareness': {
				const own = ownPresence(conn, message.entries, (id) => this.#speaksFor(id, conn));
				if (own.length > 0) conn.presence?.offer(own);
				return;
			}
			case 'query-awareness': {
				const states = [...this.awareness.getStates().keys()];
				conn.send(encodeAwareness(encodeAwarenessUpdate(this.awareness, states)));
				return;
			}
		}
	}

	/**
	 * Answers a sync step 1 with durable state only, and only once what this room accepted before
	 * it is stored: a browser takes the answer as the server's word that its earlier changes are
	 * saved (src/lib/collab/confirmations.svelte.ts). The socket's next messages wait meanwhile.
	 */
	async #answerStep1(conn: Connection, stateVector: Uint8Array): Promise<void> {
		if (this.#pending.length > 0 || this.#inFlight.length > 0) await this.committer.flush();
		if (conn.closed || this.destroyed) return;
		conn.send(encodeSyncStep2Update(Y.diffUpdate(this.#durableState(), stateVector)));
	}

	#speaksFor(clientId: number, except: Connection): boolean {
		for (const other of this.conns) if (other !== except && other.awarenessClientId === clientId) return true;
		return false;
	}

	/**
	 * Applies an editor's update, then checks what it changed against the plan's layout (and the
	 * plan's size). A refused update is undone as a whole; its writer is told, and its later edits
	 * still apply, since the server keeps what the update built on.
	 */
	#apply(conn: Connection, update: Uint8Array): void {
		const { inserts } = checkUpdate(update, Y.decodeStateVector(Y.encodeStateVector(this.#doc)));
		const mark = this.#pending.length;
		const stateBefore = Y.encodeStateVector(this.#doc);
		const seen: { check: WriteCheck | null } = { check: null };
		const inspect = (transaction: Y.Transaction) => {
			if (transaction.origin === conn) seen.check = checkWrite(this.#doc, transaction);
		};
		let failure: unknown = null;
		this.#doc.on('afterTransaction', inspect);
		try {
			Y.applyUpdate(this.#doc, update, conn);
			if (hasPending(this.#doc)) failure = new Error('update left missing dependencies');
		} catch (error) {
			failure = error;
		} finally {
			this.#doc.off('afterTransaction', inspect);
		}
		if (failure !== null) {
			// Yjs may have applied part of it: drop what it produced and rebuild from the durable state.
			this.#pending.length = mark;
			this.#rebuild();
			throw new ProtocolError(`update could not be applied: ${(failure as Error).message}`);
		}
		const check = seen.check;
		if (!check) return;
		const problem =
			check.problems[0] ??
			(inserts > 0 && !this.#size.fits(this.#doc, update.byteLength)
				? { path: '', code: 'too_large', message: 'the plan has reached its largest size' }
				: null);
		if (!problem) {
			this.onEdited(this, conn, check.touched);
			return;
		}
		this.#undo(mark, stateBefore, check.touched);
		conn.send(encodePermissionDenied(`refused: ${problem.path} ${problem.code}: ${problem.message}`));
		if (conn.noteRefusal(Date.now())) conn.close(CloseCode.tooManyRefusals, 'too many refused changes');
	}

	/**
	 * Puts the parts of the plan that the update beginning at `mark` touched back as they were, and
	 * sends that update and its undoing as one, to everyone: peers never see the refused part (its
	 * content is gone by the time it is encoded), while the writer's own later edits still apply.
	 * Dropping the update instead would leave the writer's later edits hanging on structs the server
	 * never kept.
	 */
	#undo(mark: number, stateBefore: Uint8Array, touched: Touched): void {
		const before = docFrom([
			this.#durableState(),
			...this.#inFlight.map((p) => p.update),
			...this.#pending.slice(0, mark).map((p) => p.update)
		]);
		revertTouched(this.#doc, before, touched);
		before.destroy();
		this.#pending.length = mark;
		this.#pending.push({ update: Y.encodeStateAsUpdate(this.#doc, stateBefore), origin: null });
	}

	#refuseWrite(conn: Connection, update: Uint8Array): void {
		let decoded: ReturnType<typeof Y.decodeUpdate>;
		try {
			decoded = Y.decodeUpdate(update);
		} catch (e) {
			throw new ProtocolError(`malformed update: ${(e as Error).message}`);
		}
		// An empty sync step 2 is every read-only client's answer to our step 1, and a browser replays
		// its offline copy of the plan when that loads after the socket opened: neither changes
		// anything, so neither is refused (the reader would be told of changes they never made).
		if (decoded.structs.length === 0 && decoded.ds.clients.size === 0) return;
		if (changesNothing(this.#doc, update)) return;
		conn.send(encodePermissionDenied('read-only: your changes to this plan are not saved'));
	}

	/** Replaces the in-memory document with the stored one plus the accepted updates not yet stored. */
	#rebuild(): void {
		this.#doc.off('update', this.#onUpdate);
		this.#doc.destroy();
		this.#doc = docFrom([
			this.#durableState(),
			...this.#inFlight.map((p) => p.update),
			...this.#pending.map((p) => p.update)
		]);
		this.#doc.on('update', this.#onUpdate);
	}

	/**
	 * Runs a change the server makes itself (a comment posted over HTTP) on the document, then stores
	 * it and broadcasts it to every socket before resolving. A change that throws leaves no trace;
	 * one that cannot be stored rejects after the room has rolled back to the stored state.
	 */
	async change<T>(run: (doc: Y.Doc) => T): Promise<T> {
		const result = this.#runAlone(run);
		const failures = this.#commitFailures;
		await this.committer.flush();
		if (this.#commitFailures !== failures)
			throw new Error(`could not store the change to plan ${this.planId}`);
		return result;
	}

	/**
	 * Runs a server change in its turn (`exclusive`), with every other one that came while it waited
	 * for that turn: a burst (a note from everyone at once) is applied in the order it came, each
	 * change on what the one before it left (a dot counted against the ballot the last one left),
	 * stored in one commit and broadcast as one update, instead of one commit and one message to
	 * every socket per change. Each resolves, or rejects alone, only once the group is stored.
	 */
	changeInTurn<T>(run: (doc: Y.Doc) => T): Promise<T> {
		return new Promise<T>((resolve, reject) => {
			const entry: Waiting = { run, resolve: resolve as (value: unknown) => void, reject };
			if (this.#waiting) {
				this.#waiting.push(entry);
				return;
			}
			const group = (this.#waiting = [entry]);
			// The store answers SQLite's reads and writes at once, so a change would run and be stored
			// before the next request is even read: the group waits for the requests the event loop
			// already holds (one turn, as the committer's batches do), then for the room's turn.
			setImmediate(() => {
				this.exclusive(() => {
					// Those that come from now on wait for the next turn.
					this.#waiting = null;
					return this.#changeAll(group);
				}).catch((error: unknown) => {
					if (this.#waiting === group) this.#waiting = null;
					for (const waiting of group) waiting.reject(error);
				});
			});
		});
	}

	async #changeAll(group: Waiting[]): Promise<void> {
		const mark = this.#pending.length;
		const outcomes = group.map((waiting) => {
			try {
				return { ok: true as const, value: this.#runAlone(waiting.run) };
			} catch (error) {
				return { ok: false as const, error };
			}
		});
		// Server changes have no socket to spare the echo: the group goes to every socket as one.
		if (this.#pending.length - mark > 1) {
			const updates = this.#pending.splice(mark).map((p) => p.update);
			this.#pending.push({ update: Y.mergeUpdates(updates), origin: null });
		}
		const failures = this.#commitFailures;
		await this.committer.flush();
		const stored = this.#commitFailures === failures;
		group.forEach((waiting, i) => {
			const outcome = outcomes[i]!;
			if (!outcome.ok) waiting.reject(outcome.error);
			else if (!stored) waiting.reject(new Error(`could not store the change to plan ${this.planId}`));
			else waiting.resolve(outcome.value);
		});
	}

	/** Runs a change on the document; one that throws is taken back whole, the changes before it kept. */
	#runAlone<T>(run: (doc: Y.Doc) => T): T {
		const mark = this.#pending.length;
		try {
			return run(this.#doc);
		} catch (error) {
			if (this.#pending.length > mark) {
				this.#pending.length = mark;
				this.#rebuild();
			}
			throw error;
		}
	}

	/**
	 * Runs `work` while no socket's message is applied to this room (they wait, in order), and no
	 * other instance runs such work on the plan (`DocumentStore.exclusive`): a restore reads the live
	 * plan, keeps it as a version and replaces it, a dot is counted against the person's dots, with
	 * nothing between. `work` starts on everything stored before it, by any instance.
	 */
	async exclusive<T>(work: () => Promise<T>): Promise<T> {
		while (this.#lock) await this.#lock;
		let release!: () => void;
		this.#lock = new Promise((resolve) => (release = resolve));
		try {
			return await this.store.exclusive(this.planId, async () => {
				await this.#readUp();
				return await work();
			});
		} finally {
			this.#lock = null;
			release();
		}
	}

	/** Resolves when no `exclusive` work holds the room; check again after, another may start. */
	unlocked(): Promise<void> | null {
		return this.#lock;
	}

	takePending(): Uint8Array[] {
		this.#inFlight.push(...this.#pending);
		this.#pending = [];
		return this.#inFlight.map((p) => p.update);
	}

	committed(seqs: number[]): void {
		const done = this.#inFlight;
		this.#inFlight = [];
		for (const { update, origin } of done) {
			this.#durable.push(update);
			this.log.rows += 1;
			this.log.bytes += update.byteLength;
			this.#size.grow(update.byteLength);
			const message = encodeUpdate(update);
			for (const conn of this.conns) if (conn !== origin) conn.send(message);
		}
		for (const seq of seqs) this.#seqs.add(seq);
		if (this.#durable.length > MERGE_DURABLE_AFTER) this.#durableState();
		// Another instance stored between our last sequence and these: its news is on its way.
		if (this.#seqs.missing) this.#catchUpSoon();
		this.onCommitted(this);
	}

	/**
	 * Takes in updates another instance stored (news of them): each is applied in sequence order,
	 * kept as durable and broadcast to every socket here. One heard of before an earlier one is held
	 * back, and the log is read for what is missing, so the document never holds an update whose
	 * dependencies it lacks (the next edit on top would be refused).
	 */
	hear(entries: ReadonlyArray<Entry>): void {
		if (this.destroyed) return;
		for (const { seq, update } of entries) if (!this.#seqs.has(seq)) this.#heard.set(seq, update);
		this.#applyHeard();
		if (this.#heard.size > 0 || this.#seqs.missing) this.#catchUpSoon();
	}

	/**
	 * Reads up to what is stored now: news of another instance's last change may still be on its
	 * way, and a catch-up already running may have read before that change was stored.
	 */
	async #readUp(): Promise<void> {
		while (this.#catchingUp) await this.#catchingUp;
		await this.catchUp();
	}

	/**
	 * Reads the log if a gap in the sequences is still there a moment from now. With editors on
	 * several instances nearly every commit leaves one, and it is nearly always news still on its
	 * way; reading the log at once would cost a query per commit. Lost news waits only this long.
	 */
	#catchUpSoon(): void {
		if (this.#gapTimer || this.destroyed) return;
		this.#gapTimer = setTimeout(() => {
			this.#gapTimer = null;
			if (!this.destroyed && (this.#heard.size > 0 || this.#seqs.missing)) void this.catchUp();
		}, GAP_GRACE_MS);
	}

	/** Reads from the log what was stored after the last sequence held in order, and applies it. */
	catchUp(): Promise<void> {
		if (this.#catchingUp) return this.#catchingUp;
		this.#catchingUp = (async () => {
			try {
				const after = await this.store.readAfter(this.planId, this.#seqs.through);
				if (this.destroyed) return;
				if (after.snapshot && after.snapshot.through > this.#seqs.through) {
					this.#applyStored(after.snapshot.state, false);
					this.#seqs.holdThrough(after.snapshot.through);
				}
				for (const { seq, update } of after.rows) if (!this.#seqs.has(seq)) this.#heard.set(seq, update);
				this.#applyHeard();
			} catch (error) {
				console.error(`collab: could not read plan ${this.planId}'s log`, error);
			} finally {
				this.#catchingUp = null;
			}
		})();
		return this.#catchingUp;
	}

	#applyHeard(): void {
		for (const seq of this.#heard.keys()) if (this.#seqs.has(seq)) this.#heard.delete(seq);
		for (;;) {
			const seq = this.#seqs.through + 1;
			const update = this.#heard.get(seq);
			if (!update) return;
			this.#heard.delete(seq);
			this.#applyStored(update);
			this.#seqs.add(seq);
		}
	}

	/**
	 * Applies an update that is already stored (a log row, or a snapshot: `row` false), keeps it as
	 * durable and sends it to every socket.
	 */
	#applyStored(update: Uint8Array, row = true): void {
		Y.applyUpdate(this.#doc, update, STORED_ELSEWHERE);
		this.#durable.push(update);
		if (row) {
			this.log.rows += 1;
			this.log.bytes += update.byteLength;
		}
		this.#size.grow(update.byteLength);
		const message = encodeUpdate(update);
		for (const conn of this.conns) conn.send(message);
	}

	commitFailed(): void {
		this.#commitFailures += 1;
		// Peers never saw these updates; closing makes every client resend its state on reconnect,
		// and the rebuild keeps the undurable content from being handed to anyone meanwhile.
		this.#inFlight = [];
		this.#pending = [];
		for (const conn of this.conns) conn.close(CloseCode.unavailable, 'could not save');
		try {
			this.#rebuild();
		} catch (error) {
			console.error(`collab: could not reload plan ${this.planId}`, error);
		}
	}

	/**
	 * Folds the stored log into a snapshot: exactly what is durable, through its last sequence, so
	 * rows stored meanwhile (by this room or anyone) stay in the log.
	 */
	async compact(): Promise<void> {
		const state = this.#durableState();
		const through = this.#seqs.through;
		const folded = { ...this.log };
		await this.store.compact(this.planId, state, through);
		this.log = { rows: this.log.rows - folded.rows, bytes: this.log.bytes - folded.bytes };
		this.#size.measured(state.byteLength + this.log.bytes);
	}

	/** Presence from the sockets of another instance: relayed to this room's sockets, never stored. */
	hearPresence(update: Uint8Array, from: string): void {
		if (this.destroyed) return;
		applyAwarenessUpdate(this.awareness, update, new FromInstance(from));
	}

	/** The presence this instance's sockets speak for, for an instance that just opened the plan. */
	presenceNow(): Uint8Array | null {
		const own = [...this.conns].flatMap((conn) => [...conn.controlledIds]);
		return own.length > 0 ? encodeAwarenessUpdate(this.awareness, own) : null;
	}

	/** An instance stopped being heard from: the people on its sockets leave everyone's avatars. */
	instanceGone(instance: string): void {
		const ids = this.#elsewhere.get(instance);
		this.#elsewhere.delete(instance);
		if (ids && ids.size > 0 && !this.destroyed)
			removeAwarenessStates(this.awareness, [...ids], new FromInstance(instance));
	}

	destroy(): void {
		this.destroyed = true;
		if (this.#gapTimer) clearTimeout(this.#gapTimer);
		this.awareness.off('update', this.#relayAwareness);
		this.awareness.destroy();
		this.#doc.off('update', this.#onUpdate);
		this.#doc.destroy();
	}

	#relayAwareness = (
		{ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
		origin: unknown
	) => {
		const changed = [...added, ...updated, ...removed];
		if (origin && this.conns.has(origin as Connection)) {
			const conn = origin as Connection;
			for (const id of [...added, ...updated]) conn.controlledIds.add(id);
			for (const id of removed) conn.controlledIds.delete(id);
		}
		if (origin instanceof FromInstance) {
			let ids = this.#elsewhere.get(origin.instance);
			if (!ids) this.#elsewhere.set(origin.instance, (ids = new Set()));
			for (const id of [...added, ...updated]) ids.add(id);
			for (const id of removed) ids.delete(id);
		}
		const update = encodeAwarenessUpdate(this.awareness, changed);
		// What this instance's sockets say (a socket that just left included) the others relay too.
		if (origin instanceof Connection) this.tellPresence(update);
		// Sent to the sender too: y-websocket treats silence for 30 s as a dead connection.
		const message = encodeAwareness(update);
		for (const conn of this.conns) conn.send(message);
	};
}
