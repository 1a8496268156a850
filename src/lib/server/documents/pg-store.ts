// The DocumentStore on PostgreSQL: raw SQL on a pool client, the hot path of every edit. A plan's
// sequences are given under a transaction-scoped advisory lock on the plan, so two writers (two
// instances, later) never take the same one and a later commit always has the higher sequence.
import type pg from 'pg';
import type { Append, DocumentStore, StoreStats, StoredAfter, StoredDocument } from './store';

async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
	const client = await pool.connect();
	try {
		await client.query('BEGIN');
		const result = await work(client);
		await client.query('COMMIT');
		return result;
	} catch (error) {
		await client.query('ROLLBACK').catch(() => {});
		throw error;
	} finally {
		client.release();
	}
}

const lockPlan = (client: pg.PoolClient, planId: string) =>
	client.query("SELECT pg_advisory_xact_lock(hashtext('document:' || $1))", [planId]);

// The two-number form of advisory locks is a key space apart from the one-number locks above and
// the migrations' lock, so a plan's work never waits on its own appends.
const PLAN_WORK = 7_240_119;

/**
 * A DocumentStore on `pool`, whose migrations created the document tables. `locks` holds only the
 * connections that hold a plan's work lock: work under the lock uses `pool`, so it can never wait
 * for a connection held by a waiter for the lock.
 */
export function pgDocumentStore(pool: pg.Pool, locks: pg.Pool): DocumentStore {
	return {
		async load(planId): Promise<StoredDocument> {
			// REPEATABLE READ: the snapshot and the tail come from one moment, so a compaction
			// committing between the two reads cannot hide rows.
			const client = await pool.connect();
			try {
				await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
				const snapshot = await client.query<{ state: Buffer; through_seq: number }>(
					'SELECT state, through_seq FROM document_snapshots WHERE plan_id = $1',
					[planId]
				);
				const from = snapshot.rows[0]?.through_seq ?? 0;
				const tail = await client.query<{ data: Buffer; seq: number }>(
					'SELECT data, seq FROM document_updates WHERE plan_id = $1 AND seq > $2 ORDER BY seq',
					[planId, from]
				);
				await client.query('COMMIT');
				const updates = tail.rows.map((r) => new Uint8Array(r.data));
				return {
					snapshot: snapshot.rows[0] ? new Uint8Array(snapshot.rows[0].state) : null,
					updates,
					through: tail.rows.at(-1)?.seq ?? from,
					log: { rows: updates.length, bytes: updates.reduce((sum, u) => sum + u.byteLength, 0) }
				};
			} catch (error) {
				await client.query('ROLLBACK').catch(() => {});
				throw error;
			} finally {
				client.release();
			}
		},

		async readAfter(planId, after): Promise<StoredAfter> {
			const client = await pool.connect();
			try {
				// One moment for both reads, as in `load`.
				await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
				const snapshot = await client.query<{ state: Buffer; through_seq: number }>(
					'SELECT state, through_seq FROM document_snapshots WHERE plan_id = $1 AND through_seq > $2',
					[planId, after]
				);
				const folded = snapshot.rows[0];
				const tail = await client.query<{ data: Buffer; seq: number }>(
					'SELECT data, seq FROM document_updates WHERE plan_id = $1 AND seq > $2 ORDER BY seq',
					[planId, folded ? folded.through_seq : after]
				);
				await client.query('COMMIT');
				return {
					snapshot: folded ? { state: new Uint8Array(folded.state), through: folded.through_seq } : null,
					rows: tail.rows.map((r) => ({ seq: r.seq, update: new Uint8Array(r.data) }))
				};
			} catch (error) {
				await client.query('ROLLBACK').catch(() => {});
				throw error;
			} finally {
				client.release();
			}
		},

		async append(batch: ReadonlyArray<Append>): Promise<number[]> {
			if (batch.length === 0) return [];
			// Five round trips whatever the batch holds (a busy instance's batch spans many plans).
			return inTransaction(pool, async (client) => {
				const plans = [...new Set(batch.map((entry) => entry.planId))].sort();
				// Locked in one order (sorted ids), so two batches over the same plans cannot deadlock.
				await client.query(
					"SELECT pg_advisory_xact_lock(hashtext('document:' || p)) FROM unnest($1::text[]) AS p ORDER BY p",
					[plans]
				);
				const last = await client.query<{ plan_id: string; seq: number }>(
					`SELECT p AS plan_id, greatest(
						coalesce((SELECT max(seq) FROM document_updates WHERE plan_id = p), 0),
						coalesce((SELECT through_seq FROM document_snapshots WHERE plan_id = p), 0)) AS seq
					 FROM unnest($1::text[]) AS p`,
					[plans]
				);
				const next = new Map(last.rows.map((row) => [row.plan_id, row.seq]));
				const seqs = batch.map(({ planId }) => {
					const seq = (next.get(planId) ?? 0) + 1;
					next.set(planId, seq);
					return seq;
				});
				await client.query(
					'INSERT INTO document_updates (plan_id, seq, data) SELECT * FROM unnest($1::text[], $2::int[], $3::bytea[])',
					[batch.map((entry) => entry.planId), seqs, batch.map((entry) => Buffer.from(entry.update))]
				);
				return seqs;
			});
		},

		async compact(planId, state, through) {
			await inTransaction(pool, async (client) => {
				await lockPlan(client, planId);
				await client.query(
					`INSERT INTO document_snapshots (plan_id, state, through_seq, updated_at) VALUES ($1, $2, $3, now())
					 ON CONFLICT (plan_id) DO UPDATE SET state = excluded.state, through_seq = excluded.through_seq,
					 updated_at = excluded.updated_at WHERE excluded.through_seq >= document_snapshots.through_seq`,
					[planId, Buffer.from(state), through]
				);
				await client.query('DELETE FROM document_updates WHERE plan_id = $1 AND seq <= $2', [
					planId,
					through
				]);
			});
		},

		async exclusive(planId, work) {
			const client = await locks.connect();
			let broken = false;
			try {
				await client.query('SELECT pg_advisory_lock($1, hashtext($2))', [PLAN_WORK, planId]);
				try {
					return await work();
				} finally {
					// Should the unlock fail, the connection is dropped, and the lock with it.
					await client.query('SELECT pg_advisory_unlock($1, hashtext($2))', [PLAN_WORK, planId]).catch(() => {
						broken = true;
					});
				}
			} finally {
				client.release(broken);
			}
		},

		async stats(): Promise<StoreStats> {
			const { rows } = await pool.query<{ rows: number; bytes: number | null; snapshots: number }>(
				`SELECT count(*) AS rows, sum(octet_length(data)) AS bytes,
				        (SELECT count(*) FROM document_snapshots) AS snapshots FROM document_updates`
			);
			return {
				logRows: rows[0]?.rows ?? 0,
				logBytes: rows[0]?.bytes ?? 0,
				snapshots: rows[0]?.snapshots ?? 0
			};
		}
	};
}
