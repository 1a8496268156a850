// A DocumentStore in memory, for the room's unit tests: the same contract as the database stores
// (store-contract.test.ts), nothing durable.
import type { Append, DocumentStore, StoredDocument } from './store';

type Plan = { snapshot: Uint8Array | null; through: number; rows: { seq: number; data: Uint8Array }[] };

export function memoryDocumentStore(): DocumentStore {
	const plans = new Map<string, Plan>();
	const plan = (planId: string) => {
		let found = plans.get(planId);
		if (!found) plans.set(planId, (found = { snapshot: null, through: 0, rows: [] }));
		return found;
	};
	return {
		async load(planId): Promise<StoredDocument> {
			const { snapshot, through, rows } = plan(planId);
			const updates = rows.map((r) => r.data.slice());
			return {
				snapshot: snapshot?.slice() ?? null,
				updates,
				through: rows.at(-1)?.seq ?? through,
				log: { rows: updates.length, bytes: updates.reduce((sum, u) => sum + u.byteLength, 0) }
			};
		},
		async readAfter(planId, after) {
			const { snapshot, through, rows } = plan(planId);
			const folded = snapshot && through > after ? { state: snapshot.slice(), through } : null;
			const from = folded ? through : after;
			return {
				snapshot: folded,
				rows: rows.filter((r) => r.seq > from).map((r) => ({ seq: r.seq, update: r.data.slice() }))
			};
		},
		async append(batch: ReadonlyArray<Append>) {
			return batch.map(({ planId, update }) => {
				const stored = plan(planId);
				const seq = (stored.rows.at(-1)?.seq ?? stored.through) + 1;
				stored.rows.push({ seq, data: update.slice() });
				return seq;
			});
		},
		async compact(planId, state, through) {
			const stored = plan(planId);
			if (through >= stored.through) {
				stored.snapshot = state.slice();
				stored.through = through;
			}
			stored.rows = stored.rows.filter((r) => r.seq > through);
		},
		exclusive: (_planId, work) => work(),
		async stats() {
			const all = [...plans.values()];
			return {
				logRows: all.reduce((n, p) => n + p.rows.length, 0),
				logBytes: all.reduce((n, p) => n + p.rows.reduce((b, r) => b + r.data.byteLength, 0), 0),
				snapshots: all.filter((p) => p.snapshot).length
			};
		}
	};
}
