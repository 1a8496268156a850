// Group commit: updates accepted during one event-loop turn are written in one SQLite transaction,
// and only after it commits are they broadcast. Nothing a peer receives can be lost by a crash.
import type { DocumentStore } from '../../src/lib/server/documents/store';

/** What the committer needs from a room. */
export interface Committable {
	readonly planId: string;
	/** Updates applied in memory but not yet stored. */
	pendingUpdates(): Uint8Array[];
	/** Called after the pending updates are durable: broadcast them. */
	committed(): void;
	/** Called when the transaction failed: the in-memory document is ahead of the store. */
	commitFailed(): void;
}

export class Committer {
	#waiting = new Set<Committable>();
	#scheduled = false;

	constructor(private readonly store: DocumentStore) {}

	/** Marks a room as having pending updates; they are written at the end of this turn. */
	enqueue(room: Committable): void {
		this.#waiting.add(room);
		if (this.#scheduled) return;
		this.#scheduled = true;
		setImmediate(() => {
			this.#scheduled = false;
			try {
				this.flush();
			} catch (error) {
				console.error('collab: group commit failed', error);
			}
		});
	}

	/** Writes every pending update now, then lets each room broadcast. Safe to call at any time. */
	flush(): void {
		if (this.#waiting.size === 0) return;
		const rooms = [...this.#waiting];
		this.#waiting.clear();
		const batch = rooms.flatMap((room) =>
			room.pendingUpdates().map((update) => ({ planId: room.planId, update }))
		);
		try {
			this.store.append(batch);
		} catch (error) {
			console.error('collab: could not store updates', error);
			for (const room of rooms) room.commitFailed();
			return;
		}
		for (const room of rooms) {
			// One room's broadcast failing must not keep the others from theirs.
			try {
				room.committed();
			} catch (error) {
				console.error(`collab: broadcast on plan ${room.planId} failed`, error);
			}
		}
	}
}
