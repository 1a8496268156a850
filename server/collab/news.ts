// How instances hear of each other's stored updates. PostgreSQL is the truth: an update is stored
// with its sequence before any news of it goes out, and news is only fast: an instance that misses
// some (a gap in the sequences, or a connection that came back) reads the log. One instance alone
// needs no news at all.
import type { Entry } from '../../src/lib/server/documents/store';

export interface News {
	/** Tells the other instances of updates this one stored for `planId`. Never throws. */
	publish(planId: string, entries: ReadonlyArray<Entry>): void;
	/**
	 * Hears of the updates other instances store for `planId` until the returned function is called;
	 * resolves once hearing has begun, so what is stored after it is heard of.
	 */
	follow(planId: string, hear: (entries: Entry[]) => void): Promise<() => void>;
	/** `listener` runs when news may have been lost (the connection broke and came back). */
	onResumed(listener: () => void): void;
	close(): Promise<void>;
}

/** One instance: nobody else stores updates, so there is nothing to hear. */
export const noNews: News = {
	publish() {},
	follow: async () => () => {},
	onResumed() {},
	close: async () => {}
};
