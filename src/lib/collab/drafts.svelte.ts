// Text someone is typing reaches the plan while they type, not only when they leave the field: a
// reload, a closed tab or a crashed browser must never throw away what was typed. A field keeps its
// text as a draft, written to the plan after a short pause in the typing, at once when the field is
// left, and at once when the page is hidden or left. The plan's session counts the drafts not written
// yet, so its badge never says "saved" while typed text is only in a field.

/** Timers behind an interface, so tests run the pause without waiting on the clock. */
export type Clock = {
	set(run: () => void, ms: number): unknown;
	clear(handle: unknown): void;
};

export const browserClock: Clock = {
	set: (run, ms) => setTimeout(run, ms),
	clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
};

/** A pause in the typing this long writes the draft: short enough that others see it live. */
export const TYPING_PAUSE_MS = 400;

/** The drafts of one plan session. */
export class Drafts {
	/** Drafts holding text not yet in the plan (waiting for a pause, or refused and still shown). */
	pending = $state(0);
	// Never read by a page: `pending` is what the badge follows.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #open = new Set<Draft>();

	constructor(
		readonly clock: Clock = browserClock,
		readonly pause = TYPING_PAUSE_MS
	) {}

	/**
	 * A field's draft. `write` puts the field's text in the plan and says whether the plan took it;
	 * `paused` is true when a pause in the typing writes it, where a field may prefer to wait.
	 */
	draft(write: (paused: boolean) => boolean): Draft {
		return new Draft(this, write);
	}

	/** Writes every draft now: the page is being left or hidden. */
	flush(): void {
		for (const draft of [...this.#open]) draft.flush();
	}

	/**
	 * Writes every draft when the page is hidden, reloaded or closed; returns the undoing. Hiding comes
	 * first on a phone, where a page in the background may be killed without any other event.
	 */
	flushOnLeave(target: Window): () => void {
		const flush = () => this.flush();
		const hidden = () => {
			if (target.document.visibilityState === 'hidden') this.flush();
		};
		target.addEventListener('pagehide', flush);
		target.addEventListener('beforeunload', flush);
		target.document.addEventListener('visibilitychange', hidden);
		return () => {
			target.removeEventListener('pagehide', flush);
			target.removeEventListener('beforeunload', flush);
			target.document.removeEventListener('visibilitychange', hidden);
		};
	}

	/** @internal A draft holds text (true) or has none left to write (false). */
	mark(draft: Draft, open: boolean): void {
		if (open) this.#open.add(draft);
		else this.#open.delete(draft);
		this.pending = this.#open.size;
	}
}

/** One field's text on its way to the plan. */
export class Draft {
	#timer: unknown = null;
	#open = false;

	constructor(
		private readonly drafts: Drafts,
		private readonly write: (paused: boolean) => boolean
	) {}

	/** Something was typed: it is written once the typing pauses. */
	typed(): void {
		this.#stopTimer();
		this.#mark(true);
		this.#timer = this.drafts.clock.set(() => {
			this.#timer = null;
			this.#write(true);
		}, this.drafts.pause);
	}

	/** Writes the text now, if any waits. A refused text stays pending: it is not in the plan. */
	flush(): void {
		this.#stopTimer();
		this.#write(false);
	}

	#write(paused: boolean) {
		if (this.pending) this.#mark(!this.write(paused));
	}

	/** Forgets the text (Escape put the field back, or the field is gone). */
	cancel(): void {
		this.#stopTimer();
		this.#mark(false);
	}

	/** Whether this field holds text the plan does not have yet. */
	get pending(): boolean {
		return this.#open;
	}

	#mark(open: boolean) {
		this.#open = open;
		this.drafts.mark(this, open);
	}

	#stopTimer() {
		if (this.#timer === null) return;
		this.drafts.clock.clear(this.#timer);
		this.#timer = null;
	}
}
