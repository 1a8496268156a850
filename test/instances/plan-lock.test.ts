// The plan's work lock on PostgreSQL (DocumentStore.exclusive), held by two storages opened on one
// database as two instances open theirs: work on one plan never overlaps, work on two plans does,
// and a holder whose work fails lets the next one in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStorage, type Storage } from '../../src/lib/server/db';
import { freshPostgres } from '../storage';

describe('one plan’s work at a time across instances', () => {
	let drop = async () => {};
	const storages: Storage[] = [];
	beforeAll(async () => {
		const database = await freshPostgres();
		drop = database.drop;
		for (let i = 0; i < 2; i++) storages.push(await openStorage({ dialect: 'postgres', url: database.url }));
	});
	afterAll(async () => {
		for (const storage of storages) await storage.close();
		await drop();
	});

	/** Runs work through `storage` that records when it starts and ends, with database round trips between. */
	const traced = (storage: Storage, planId: string, trace: string[], name: string) =>
		storage.documents.exclusive(planId, async () => {
			trace.push(`${name} in`);
			for (let i = 0; i < 3; i++) await storage.documents.readAfter(planId, 0);
			trace.push(`${name} out`);
			return name;
		});

	it('runs one plan’s work from two instances one after the other', async () => {
		const trace: string[] = [];
		const names = ['a', 'b', 'c', 'd', 'e', 'f'];
		const done = await Promise.all(names.map((name, i) => traced(storages[i % 2]!, 'plan-1', trace, name)));
		expect(done).toEqual(names);
		for (let i = 0; i < trace.length; i += 2) {
			expect(trace[i]).toMatch(/ in$/);
			expect(trace[i + 1]).toBe(trace[i]!.replace(/ in$/, ' out'));
		}
	});

	it('lets two plans’ work run at once', async () => {
		const trace: string[] = [];
		let release!: () => void;
		let entered!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		const inside = new Promise<void>((resolve) => (entered = resolve));
		const first = storages[0]!.documents.exclusive('plan-1', async () => {
			trace.push('plan-1 in');
			entered();
			await held;
			trace.push('plan-1 out');
		});
		await inside;
		// Plan 2's work runs and ends while plan 1's is still held.
		await traced(storages[1]!, 'plan-2', trace, 'plan-2');
		release();
		await first;
		expect(trace).toEqual(['plan-1 in', 'plan-2 in', 'plan-2 out', 'plan-1 out']);
	});

	it('frees the plan when its work fails', async () => {
		await expect(
			storages[0]!.documents.exclusive('plan-1', async () => {
				throw new Error('the work failed');
			})
		).rejects.toThrow('the work failed');
		expect(await traced(storages[1]!, 'plan-1', [], 'after')).toBe('after');
	});
});
