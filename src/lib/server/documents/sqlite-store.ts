// The DocumentStore on the app's SQLite database (tables document_updates, document_snapshots).
// Prepared statements on the raw better-sqlite3 handle, the hot path of every edit; each call is
// one synchronous step taken when the gate is free, so no service transaction is ever inside it.
import type Database from 'better-sqlite3';
import type { Gate } from '../db/gate';
import type { DocumentStore, StoreStats, StoredAfter, StoredDocument } from './store';

function asBuffer(bytes: Uint8Array): Buffer {
	return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A DocumentStore on `sqlite`, whose migrations created the document tables. */
export function sqliteDocumentStore(sqlite: Database.Database, gate: Gate): DocumentStore {
	const selectSnapshot = sqlite.prepare<[string], { state: Buffer; through_seq: number }>(
		'SELECT state, through_seq FROM document_snapshots WHERE plan_id = ?'
	);
	const selectTail = sqlite.prepare<[string, number], { data: Buffer; seq: number }>(
		'SELECT data, seq FROM document_updates WHERE plan_id = ? AND seq > ? ORDER BY seq'
	);
	const insertUpdate = sqlite.prepare<[string, number, Buffer]>(
		'INSERT INTO document_updates (plan_id, seq, data) VALUES (?, ?, ?)'
	);
	const lastSeq = sqlite.prepare<[string, string], { seq: number | null }>(
		`SELECT max(coalesce((SELECT max(seq) FROM document_updates WHERE plan_id = ?), 0),
		            coalesce((SELECT through_seq FROM document_snapshots WHERE plan_id = ?), 0)) AS seq`
	);
	const upsertSnapshot = sqlite.prepare<[string, Buffer, number, number]>(
		`INSERT INTO document_snapshots (plan_id, state, through_seq, updated_at) VALUES (?, ?, ?, ?)
		 ON CONFLICT (plan_id) DO UPDATE SET state = excluded.state, through_seq = excluded.through_seq,
		 updated_at = excluded.updated_at WHERE excluded.through_seq >= document_snapshots.through_seq`
	);
	const deleteThrough = sqlite.prepare<[string, number]>(
		'DELETE FROM document_updates WHERE plan_id = ? AND seq <= ?'
	);
	const logStats = sqlite.prepare<[], { rows: number; bytes: number | null }>(
		'SELECT count(*) AS rows, sum(length(data)) AS bytes FROM document_updates'
	);
	const snapshotCount = sqlite.prepare<[], { n: number }>('SELECT count(*) AS n FROM document_snapshots');

	const appendAll = sqlite.transaction((batch: ReadonlyArray<{ planId: string; update: Uint8Array }>) => {
		const next = new Map<string, number>();
		return batch.map(({ planId, update }) => {
			const seq = (next.get(planId) ?? lastSeq.get(planId, planId)?.seq ?? 0) + 1;
			next.set(planId, seq);
			insertUpdate.run(planId, seq, asBuffer(update));
			return seq;
		});
	});
	const compactOne = sqlite.transaction((planId: string, state: Uint8Array, through: number) => {
		upsertSnapshot.run(planId, asBuffer(state), through, Date.now());
		deleteThrough.run(planId, through);
	});
	// One read transaction, so a concurrent compaction cannot fall between the two reads.
	const loadOne = sqlite.transaction((planId: string): StoredDocument => {
		const snapshot = selectSnapshot.get(planId);
		const rows = selectTail.all(planId, snapshot?.through_seq ?? 0);
		const updates = rows.map((r) => new Uint8Array(r.data));
		return {
			snapshot: snapshot ? new Uint8Array(snapshot.state) : null,
			updates,
			through: rows.at(-1)?.seq ?? snapshot?.through_seq ?? 0,
			log: { rows: updates.length, bytes: updates.reduce((sum, u) => sum + u.byteLength, 0) }
		};
	});

	const readAfterOne = sqlite.transaction((planId: string, after: number): StoredAfter => {
		const snapshot = selectSnapshot.get(planId);
		const folded = snapshot && snapshot.through_seq > after ? snapshot : null;
		const rows = selectTail.all(planId, folded ? folded.through_seq : after);
		return {
			snapshot: folded ? { state: new Uint8Array(folded.state), through: folded.through_seq } : null,
			rows: rows.map((r) => ({ seq: r.seq, update: new Uint8Array(r.data) }))
		};
	});

	return {
		load: (planId) => gate.when(() => loadOne(planId)),
		readAfter: (planId, after) => gate.when(() => readAfterOne(planId, after)),
		append: (batch) => (batch.length === 0 ? Promise.resolve([]) : gate.when(() => appendAll(batch))),
		compact: (planId, state, through) => gate.when(() => compactOne(planId, state, through)),
		// One process per file: the room's lock already holds the plan.
		exclusive: (_planId, work) => work(),
		stats: () =>
			gate.when((): StoreStats => {
				const log = logStats.get();
				return { logRows: log?.rows ?? 0, logBytes: log?.bytes ?? 0, snapshots: snapshotCount.get()?.n ?? 0 };
			})
	};
}
