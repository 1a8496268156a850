// How often one socket's presence is passed on. A pointer moving at 60 frames a second would
// otherwise send 60 messages a second to every peer; past the rate, the latest state is held and
// passed on when the rate allows, so peers always end with where the pointer really is.

/** Presence messages one socket may have relayed per second, on average and in a burst. */
export const PRESENCE_PER_SECOND = 20;
const BURST = 40;

export class PresenceRate<T> {
	#tokens = BURST;
	#last: number;
	#held: T | null = null;
	#timer: ReturnType<typeof setTimeout> | null = null;

	constructor(
		private readonly release: (held: T) => void,
		private readonly clock: () => number = Date.now
	) {
		this.#last = clock();
	}

	/** Passes `value` on now if the rate allows, else holds it (replacing what was held). */
	offer(value: T): void {
		this.#refill();
		if (this.#held === null && this.#tokens >= 1) {
			this.#tokens -= 1;
			this.release(value);
			return;
		}
		this.#held = value;
		this.#timer ??= setTimeout(() => this.#flush(), Math.ceil(1000 / PRESENCE_PER_SECOND));
	}

	/** Drops what is held; nothing more is released. */
	stop(): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		this.#held = null;
	}

	#refill(): void {
		const now = this.clock();
		this.#tokens = Math.min(BURST, this.#tokens + ((now - this.#last) / 1000) * PRESENCE_PER_SECOND);
		this.#last = now;
	}

	#flush(): void {
		this.#timer = null;
		const held = this.#held;
		this.#held = null;
		if (held === null) return;
		this.offer(held);
	}
}
