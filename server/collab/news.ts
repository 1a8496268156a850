// How instances hear of each other. PostgreSQL is the truth: an update is stored with its sequence
// before any news of it goes out, and news is only fast: an instance that misses some (a gap in the
// sequences, or a connection that came back) reads the log. Presence is only news: never stored,
// and forgotten when the instance that spoke for it stops being heard from. One instance alone
// needs no news at all.
import type { Entry } from '../../src/lib/server/documents/store';

/** What an open plan hears from the other instances. */
export type Hearing = {
	/** Updates another instance stored, with their sequences. */
	updates(entries: Entry[]): void;
	/** An awareness update from the sockets of instance `from`. */
	presence(update: Uint8Array, from: string): void;
	/** Another instance opened the plan: the presence of this instance's sockets, if any. */
	presenceNow(): Uint8Array | null;
};

export interface News {
	/** This instance's name in the news: what the others are told in `onGone` when it dies. */
	readonly instance: string;
	/** Tells the other instances of updates this one stored for `planId`. Never throws. */
	publish(planId: string, entries: ReadonlyArray<Entry>): void;
	/** Tells the other instances of presence changes on `planId` from this one's sockets. */
	tellPresence(planId: string, update: Uint8Array): void;
	/**
	 * Hears of `planId` from the other instances until the returned function is called; resolves
	 * once hearing has begun, so what is stored after it is heard of.
	 */
	follow(planId: string, hearing: Hearing): Promise<() => void>;
	/** `listener` runs when news may have been lost (the connection broke and came back). */
	onResumed(listener: () => void): void;
	/** `listener` runs with an instance that stopped being heard from (killed, cut off). */
	onGone(listener: (instance: string) => void): void;
	/** Tells the other instances of an event about `planId` on `topic` (a live feed): only news. */
	tell(topic: string, planId: string, body: unknown): void;
	/** Hears the events the other instances tell on `topic`. */
	hear(topic: string, listener: (planId: string, body: unknown) => void): Promise<void>;
	close(): Promise<void>;
}

/** One instance: nobody else stores updates or has sockets, so there is nothing to hear. */
export const noNews: News = {
	instance: 'alone',
	publish() {},
	tellPresence() {},
	follow: async () => () => {},
	onResumed() {},
	onGone() {},
	tell() {},
	hear: async () => {},
	close: async () => {}
};
