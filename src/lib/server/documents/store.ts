// Where plan documents live between sessions: an append-only update log plus one compacted
// snapshot per document. Async, one contract for SQLite, PostgreSQL and memory (the room's tests):
// `store-contract.test.ts` holds all three to it.

/** A document as stored: the last snapshot (if any) and the log rows written after it. */
export type StoredDocument = {
	snapshot: Uint8Array | null;
	updates: Uint8Array[];
	/** The highest sequence this read includes (the snapshot's or the last row's); 0 for none. */
	through: number;
	/** Log rows and their bytes not yet folded into the snapshot, to decide on compaction. */
	log: { rows: number; bytes: number };
};

/** Size of the whole update log, for the health endpoint. */
export type StoreStats = { logRows: number; logBytes: number; snapshots: number };

export type Append = { planId: string; update: Uint8Array };

/** One log row: its sequence in its plan and the update. */
export type Entry = { seq: number; update: Uint8Array };

/**
 * What was stored after a sequence: the log rows after it, or, when a compaction folded some of
 * them, the snapshot (with the sequence it holds through) and the rows after that.
 */
export type StoredAfter = { snapshot: { state: Uint8Array; through: number } | null; rows: Entry[] };

export interface DocumentStore {
	/** Reads a document; an unknown or empty one has no snapshot and no updates. */
	load(planId: string): Promise<StoredDocument>;
	/** What was stored for the plan after sequence `after` (an instance catching up on a gap). */
	readAfter(planId: string, after: number): Promise<StoredAfter>;
	/**
	 * Appends all updates in one transaction: either every one is durable or none is. Each gets
	 * its plan's next sequence, in batch order; the answer is those sequences, in batch order.
	 */
	append(batch: ReadonlyArray<Append>): Promise<number[]>;
	/**
	 * Replaces the snapshot with `state`, which holds the plan's log up to and including sequence
	 * `through`, and deletes those rows, in one transaction. Rows after `through` (written
	 * meanwhile, by anyone) stay; a snapshot through a later sequence already stored stays too.
	 */
	compact(planId: string, state: Uint8Array, through: number): Promise<void>;
	stats(): Promise<StoreStats>;
	/**
	 * Runs `work` while no other holder of this plan, in this process or in any other instance on
	 * the same database, runs its own: what the server does to a plan one step at a time (a vote
	 * counted against a person's dots, a restore). One process per SQLite file, so there the room's
	 * own lock is enough; on PostgreSQL it is an advisory lock, freed if the instance dies.
	 */
	exclusive<T>(planId: string, work: () => Promise<T>): Promise<T>;
}
