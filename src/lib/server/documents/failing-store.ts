// A DocumentStore that fails on demand, around a real one: tests of what the room does when a
// commit fails (the edit is not broadcast, the sender is told, nothing is lost or doubled after).
import type { DocumentStore } from './store';

export type FailingStore = DocumentStore & {
	/** Every call of these methods throws until `recover()`. */
	fail(...methods: ReadonlyArray<keyof DocumentStore>): void;
	recover(): void;
};

export function failingDocumentStore(inner: DocumentStore): FailingStore {
	const failing = new Set<keyof DocumentStore>();
	const guard = (method: keyof DocumentStore) => {
		if (failing.has(method)) throw new Error(`document store: ${method} failed (on demand)`);
	};
	return {
		load: async (planId) => (guard('load'), inner.load(planId)),
		readAfter: async (planId, after) => (guard('readAfter'), inner.readAfter(planId, after)),
		append: async (batch) => (guard('append'), inner.append(batch)),
		compact: async (planId, state, through) => (guard('compact'), inner.compact(planId, state, through)),
		stats: async () => (guard('stats'), inner.stats()),
		exclusive: async (planId, work) => (guard('exclusive'), inner.exclusive(planId, work)),
		fail: (...methods) => methods.forEach((m) => failing.add(m)),
		recover: () => failing.clear()
	};
}
