// One SQLite connection shared by every request and by the document store. better-sqlite3 runs each
// statement synchronously, but a transaction that awaits between its statements leaves the event
// loop free: without this gate, another request's statement would run inside it (and be rolled
// back with it). The gate queues transactions one at a time and holds every statement that is not
// the open transaction's until it ends.
import { AsyncLocalStorage } from 'node:async_hooks';

export class Gate {
	#owner = new AsyncLocalStorage<symbol>();
	#held: symbol | null = null;
	#tail: Promise<void> = Promise.resolve();

	/** True when the caller may use the connection now: nobody holds it, or the caller does. */
	open(): boolean {
		return this.#held === null || this.#owner.getStore() === this.#held;
	}

	/** Resolves when the current holder lets go; check `open()` again after, someone may be next. */
	settled(): Promise<void> {
		return this.#tail;
	}

	/**
	 * Runs `work` with the connection to itself: statements it makes (in its async context) pass,
	 * everyone else's wait. Nested calls from inside run at once, inside the outer one.
	 */
	exclusive<T>(work: () => Promise<T>): Promise<T> {
		if (this.#held !== null && this.#owner.getStore() === this.#held) return work();
		const before = this.#tail;
		let release!: () => void;
		this.#tail = new Promise((resolve) => (release = resolve));
		return before.then(async () => {
			const token = Symbol('holder');
			this.#held = token;
			try {
				return await this.#owner.run(token, work);
			} finally {
				this.#held = null;
				release();
			}
		});
	}

	/** Runs a synchronous `work` as soon as the connection is free, as one step nobody can enter. */
	async when<T>(work: () => T): Promise<T> {
		while (!this.open()) await this.settled();
		return work();
	}
}
