// The DocumentStore on the app's SQLite database (tables document_updates, document_snapshots).
// Prepared statements on the raw better-sqlite3 handle: this is the hot path of every edit.
import type { Db } from '../db';
import type { DocumentStore, StoreStats, StoredDocument } from './store';

function asBuffer(bytes: Uint8Array): Buffer {
	return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A DocumentStore writing to `db`, whose migrations created the document tables. */
export function sqliteDocumentStore(db: Db): DocumentStore {
	const sqlite = db.$client;
	const selectSnapshot = sqlite.prepare<[string], { state: Buffer; through_id: number }>(
		'SELECT state, through_id FROM document_snapshots WHERE plan_id = ?'
	);
	const selectTail = sqlite.prepare<[string, number], { data: Buffer }>(
		'SELECT data FROM document_updates WHERE plan_id = ? AND id > ? ORDER BY id'
	);
	const insertUpdate = sqlite.prepare<[string, Buffer]>(
		'INSERT INTO document_updates (plan_id, data) VALUES (?, ?)'
	);
	const lastId = sqlite.prepare<[string], { id: number | null }>(
		'SELECT max(id) AS id FROM document_updates WHERE plan_id = ?'
	);
	const upsertSnapshot = sqlite.prepare<[string, Buffer, number, number]>(
		`INSERT INTO document_snapshots (plan_id, state, through_id, updated_at) VALUES (?, ?, ?, ?)
		 ON CONFLICT (plan_id) DO UPDATE SET state = excluded.state, through_id = excluded.through_id,
		 updated_at = excluded.updated_at`
	);
	const deleteThrough = sqlite.prepare<[string, number]>(
		'DELETE FROM document_updates WHERE plan_id = ? AND id <= ?'
	);
	const logStats = sqlite.prepare<[], { rows: number; bytes: number | null }>(
		'SELECT count(*) AS rows, sum(length(data)) AS bytes FROM document_updates'
	);
	const snapshotCount = sqlite.prepare<[], { n: number }>('SELECT count(*) AS n FROM document_snapshots');

	const appendAll = sqlite.transaction((batch: ReadonlyArray<{ planId: string; update: Uint8Array }>) => {
		for (const { planId, update } of batch) insertUpdate.run(planId, asBuffer(update));
	});
	const compactOne = sqlite.transaction((planId: string, state: Uint8Array) => {
		const through = lastId.get(planId)?.id ?? 0;
		upsertSnapshot.run(planId, asBuffer(state), through, Date.now());
		deleteThrough.run(planId, through);
	});

	return {
		load(planId): StoredDocument {
			// One read transaction, so a concurrent compaction cannot fall between the two reads.
			return sqlite.transaction(() => {
				const snapshot = selectSnapshot.get(planId);
				const updates = selectTail.all(planId, snapshot?.through_id ?? 0).map((r) => new Uint8Array(r.data));
				const bytes = updates.reduce((sum, u) => sum + u.byteLength, 0);
				return {
					snapshot: snapshot ? new Uint8Array(snapshot.state) : null,
					updates,
					log: { rows: updates.length, bytes }
				};
			})();
		},
		append(batch) {
			if (batch.length > 0) appendAll(batch);
		},
		compact(planId, state) {
			compactOne(planId, state);
		},
		stats(): StoreStats {
			const log = logStats.get();
			return { logRows: log?.rows ?? 0, logBytes: log?.bytes ?? 0, snapshots: snapshotCount.get()?.n ?? 0 };
		}
	};
}
