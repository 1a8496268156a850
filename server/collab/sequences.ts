// Which of a plan's log sequences a room holds. Several instances append to one plan's log, so a
// room holds its own commits as they come and the others' as it hears of them, not always in
// order: `through` is the sequence up to which it holds every one, `ahead` those it holds past it.
// A sequence known past `through` means one before it was stored and not yet heard of.
export class Sequences {
	#through: number;
	readonly #ahead = new Set<number>();

	constructor(through: number) {
		this.#through = through;
	}

	/** Every sequence up to this one is held. */
	get through(): number {
		return this.#through;
	}

	/** Some sequence before a held one is missing: the room must read the log. */
	get missing(): boolean {
		return this.#ahead.size > 0;
	}

	has(seq: number): boolean {
		return seq <= this.#through || this.#ahead.has(seq);
	}

	add(seq: number): void {
		if (this.has(seq)) return;
		this.#ahead.add(seq);
		this.#advance();
	}

	/** Every sequence up to `seq` is held (a snapshot through it was applied). */
	holdThrough(seq: number): void {
		if (seq <= this.#through) return;
		this.#through = seq;
		for (const held of this.#ahead) if (held <= seq) this.#ahead.delete(held);
		this.#advance();
	}

	#advance(): void {
		while (this.#ahead.delete(this.#through + 1)) this.#through += 1;
	}
}
