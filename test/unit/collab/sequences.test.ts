// Which log sequences a room holds when instances commit to one plan and news arrives in any order:
// `through` is always the longest run held from the start, and `missing` says exactly when a
// sequence before a held one is not held.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Sequences } from '../../../server/collab/sequences';

describe('the sequences a room holds', () => {
	it('holds through the longest unbroken run, and misses exactly what lies in a gap', () => {
		fc.assert(
			fc.property(
				fc.nat(20),
				fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 80 }),
				fc.option(fc.integer({ min: 0, max: 70 }), { nil: undefined }),
				(start, arrivals, snapshotThrough) => {
					const seqs = new Sequences(start);
					const held = new Set<number>();
					for (const seq of arrivals) {
						seqs.add(seq);
						held.add(seq);
					}
					if (snapshotThrough !== undefined) seqs.holdThrough(snapshotThrough);
					const floor = Math.max(start, snapshotThrough ?? 0);
					let through = floor;
					while (held.has(through + 1)) through += 1;
					expect(seqs.through).toBe(through);
					expect(seqs.missing).toBe([...held].some((seq) => seq > through));
					for (const seq of held) expect(seqs.has(seq)).toBe(true);
					expect(seqs.has(through + 1)).toBe(false);
				}
			)
		);
	});

	it('is caught up once what was missing arrives', () => {
		const seqs = new Sequences(4);
		seqs.add(7);
		seqs.add(5);
		expect([seqs.through, seqs.missing]).toEqual([5, true]);
		seqs.add(6);
		expect([seqs.through, seqs.missing]).toEqual([7, false]);
	});
});
