// Where plan documents live between sessions: an append-only update log plus one compacted
// snapshot per document. Synchronous on purpose: with better-sqlite3 a commit finishes before the
// next message is read, which is what makes "stored before broadcast" simple to keep. A networked
// store (PostgreSQL) would make these async and the room would await them in order.

/** A document as stored: the last snapshot (if any) and the log rows written after it. */
export type StoredDocument = {
	snapshot: Uint8Array | null;
	updates: Uint8Array[];
	/** Log rows and their bytes not yet folded into the snapshot, to decide on compaction. */
	log: { rows: number; bytes: number };
};

/** Size of the whole update log, for the health endpoint. */
export type StoreStats = { logRows: number; logBytes: number; snapshots: number };

export interface DocumentStore {
	/** Reads a document; an unknown or empty one has no snapshot and no updates. */
	load(planId: string): StoredDocument;
	/** Appends all updates in one transaction: either every one is durable or none is. */
	append(batch: ReadonlyArray<{ planId: string; update: Uint8Array }>): void;
	/**
	 * Replaces the snapshot with `state` and deletes the log rows it covers, in one transaction.
	 * `state` must contain every update appended for the plan so far.
	 */
	compact(planId: string, state: Uint8Array): void;
	stats(): StoreStats;
}
