// The line of PDF prints, with prints the test holds open and lets finish itself: how many run and
// wait, the refusal past that, and the line moving on when a print ends, however it ends.
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_PRINT_LIMITS,
	printLimitsFrom,
	printQueue
} from '../../../src/lib/server/exports/print-queue';
import { Refusal } from '../../../src/lib/refusal';

/** A print that runs until the test ends it (or fails it); `started` tells whether the queue began it. */
function heldPrint(name: string) {
	let finish: () => void = () => {};
	let fail: (error: Error) => void = () => {};
	const result = new Promise<string>((resolve, reject) => {
		finish = () => resolve(name);
		fail = reject;
	});
	const print = {
		started: false,
		work: () => {
			print.started = true;
			return result;
		},
		finish: () => finish(),
		fail: (error: Error) => fail(error)
	};
	return print;
}

/** Lets every promise callback that is ready run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('the line of PDF prints', () => {
	it('runs one print while one waits, refuses the next with a retry time, and serves again once they end', async () => {
		const queue = printQueue({ running: 1, waiting: 1, secondsPerPrint: 5 });
		const first = heldPrint('first');
		const second = heldPrint('second');
		const firstDone = queue.run(first.work);
		const secondDone = queue.run(second.work);
		await settle();
		expect([first.started, second.started]).toEqual([true, false]);
		expect([queue.running, queue.waiting]).toEqual([1, 1]);

		const third = heldPrint('third');
		const refused = await queue.run(third.work).catch((error: unknown) => error);
		expect(refused).toBeInstanceOf(Refusal);
		// Two prints ahead at five seconds each, one at a time.
		expect((refused as Refusal).retryAfter).toBe(10);
		expect(third.started).toBe(false);

		first.finish();
		expect(await firstDone).toBe('first');
		await settle();
		expect(second.started).toBe(true);
		second.finish();
		expect(await secondDone).toBe('second');

		const fourth = heldPrint('fourth');
		const fourthDone = queue.run(fourth.work);
		await settle();
		expect(fourth.started).toBe(true);
		fourth.finish();
		expect(await fourthDone).toBe('fourth');
		expect([queue.running, queue.waiting]).toEqual([0, 0]);
	});

	it('runs as many prints at once as it is allowed, in the order they came', async () => {
		const queue = printQueue({ running: 2, waiting: 2, secondsPerPrint: 4 });
		const prints = ['a', 'b', 'c', 'd'].map(heldPrint);
		const done = prints.map((print) => queue.run(print.work));
		await settle();
		expect(prints.map((print) => print.started)).toEqual([true, true, false, false]);
		const refused = await queue.run(heldPrint('e').work).catch((error: unknown) => error);
		// Four ahead, two at a time, four seconds each.
		expect((refused as Refusal).retryAfter).toBe(8);

		prints[1]!.finish();
		await settle();
		expect(prints.map((print) => print.started)).toEqual([true, true, true, false]);
		for (const print of prints) print.finish();
		expect(await Promise.all(done)).toEqual(['a', 'b', 'c', 'd']);
	});

	it('frees the place of a print that failed, and hands its caller the failure', async () => {
		const queue = printQueue({ running: 1, waiting: 0, secondsPerPrint: 4 });
		const failing = heldPrint('failing');
		const failed = queue.run(failing.work);
		await expect(queue.run(heldPrint('refused').work)).rejects.toBeInstanceOf(Refusal);
		failing.fail(new Error('Chromium crashed'));
		await expect(failed).rejects.toThrow('Chromium crashed');
		const thrown = queue.run(() => {
			throw new Error('no browser');
		});
		await expect(thrown).rejects.toThrow('no browser');
		const next = heldPrint('next');
		const nextDone = queue.run(next.work);
		await settle();
		next.finish();
		expect(await nextDone).toBe('next');
	});

	it('reads its limits from PDF_PRINTS_RUNNING and PDF_PRINTS_WAITING, and says so when one is not a count', () => {
		expect(printLimitsFrom({})).toEqual(DEFAULT_PRINT_LIMITS);
		expect(printLimitsFrom({ PDF_PRINTS_RUNNING: '2', PDF_PRINTS_WAITING: '0' })).toMatchObject({
			running: 2,
			waiting: 0
		});
		const warnings: string[] = [];
		const limits = printLimitsFrom({ PDF_PRINTS_RUNNING: '0', PDF_PRINTS_WAITING: 'many' }, (line) =>
			warnings.push(line)
		);
		expect(limits).toEqual(DEFAULT_PRINT_LIMITS);
		expect(warnings).toEqual([
			'Clusterplan: PDF_PRINTS_RUNNING must be a whole number of at least 1, not "0"; using 1',
			'Clusterplan: PDF_PRINTS_WAITING must be a whole number of at least 0, not "many"; using 8'
		]);
	});
});
