// Group commit: updates accepted while the previous batch was being written go out together in
// the next one (on SQLite that is one event-loop turn; on PostgreSQL, one round trip), and only
// after a batch commits are its updates broadcast. Batches are written one at a time, so a socket's
// updates reach the store, and peers, in the order they were accepted. Other instances hear of a
// batch only once it is stored.
import type { DocumentStore } from '../../src/lib/server/documents/store';
import { noNews, type News } from './news';

/** What the committer needs from a room. */
export interface Committable {
	readonly planId: string;
	/** Hands over the updates applied in memory and not yet stored; the room marks them in flight. */
	takePending(): Uint8Array[];
	/** The updates handed over last are durable, with these sequences: broadcast them. */
	committed(seqs: number[]): void;
	/** Writing the updates handed over last failed: the in-memory document is ahead of the store. */
	commitFailed(): void;
}

export class Committer {
	#waiting = new Set<Committable>();
	#scheduled = false;
	#chain: Promise<void> = Promise.resolve();

	constructor(
		private readonly store: DocumentStore,
		private readonly news: News = noNews
	) {}

	/** Marks a room as having pending updates; they are written in the next batch. */
	enqueue(room: Committable): void {
		this.#waiting.add(room);
		if (this.#scheduled) return;
		this.#scheduled = true;
		setImmediate(() => {
			this.#scheduled = false;
			void this.flush();
		});
	}

	/**
	 * Resolves once every update enqueued before the call is durable (or its room was told that
	 * writing failed). Never rejects: a failure is the room's `commitFailed`.
	 */
	flush(): Promise<void> {
		this.#chain = this.#chain.then(() => this.#drain());
		return this.#chain;
	}

	async #drain(): Promise<void> {
		while (this.#waiting.size > 0) {
			const rooms = [...this.#waiting];
			this.#waiting.clear();
			const taken = rooms.map((room) => room.takePending());
			const batch = rooms.flatMap((room, i) => taken[i]!.map((update) => ({ planId: room.planId, update })));
			let seqs: number[];
			try {
				seqs = await this.store.append(batch);
			} catch (error) {
				console.error('collab: could not store updates', error);
				for (const room of rooms) room.commitFailed();
				continue;
			}
			let at = 0;
			rooms.forEach((room, i) => {
				const own = seqs.slice(at, (at += taken[i]!.length));
				this.news.publish(
					room.planId,
					own.map((seq, k) => ({ seq, update: taken[i]![k]! }))
				);
				// One room's broadcast failing must not keep the others from theirs.
				try {
					room.committed(own);
				} catch (error) {
					console.error(`collab: broadcast on plan ${room.planId} failed`, error);
				}
			});
		}
	}
}
