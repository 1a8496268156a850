import { describe, expect, it } from 'vitest';
import { Drafts, type Clock } from '$lib/collab/drafts.svelte';

/** A clock the test moves by hand: nothing waits on the wall clock. */
function handClock() {
	let now = 0;
	let next = 1;
	const timers = new Map<number, { at: number; run: () => void }>();
	const clock: Clock = {
		set(run, ms) {
			const id = next++;
			timers.set(id, { at: now + ms, run });
			return id;
		},
		clear(handle) {
			timers.delete(handle as number);
		}
	};
	function advance(ms: number) {
		now += ms;
		for (const [id, timer] of [...timers]) {
			if (timer.at > now) continue;
			timers.delete(id);
			timer.run();
		}
	}
	return { clock, advance };
}

describe('drafts', () => {
	it('writes typed text once the typing pauses, one write per burst', () => {
		const { clock, advance } = handClock();
		const drafts = new Drafts(clock, 400);
		const writes: boolean[] = [];
		const draft = drafts.draft((paused) => writes.push(paused) > 0);
		draft.typed();
		advance(300);
		draft.typed();
		advance(300);
		expect(writes).toEqual([]);
		expect(drafts.pending).toBe(1);
		advance(100);
		expect(writes).toEqual([true]);
		expect(drafts.pending).toBe(0);
		expect(draft.pending).toBe(false);
	});

	it('writes every draft at once when the page is left', () => {
		const { clock } = handClock();
		const drafts = new Drafts(clock, 400);
		const written: string[] = [];
		const title = drafts.draft(() => written.push('title') > 0);
		const cell = drafts.draft(() => written.push('cell') > 0);
		title.typed();
		cell.typed();
		expect(drafts.pending).toBe(2);
		drafts.flush();
		expect(written).toEqual(['title', 'cell']);
		expect(drafts.pending).toBe(0);
	});

	it('flushes on pagehide, beforeunload and a hidden page, and stops listening when undone', () => {
		const { clock } = handClock();
		const drafts = new Drafts(clock, 400);
		let written = 0;
		const draft = drafts.draft(() => ++written > 0);
		const page = new EventTarget() as unknown as Window;
		const document = Object.assign(new EventTarget(), { visibilityState: 'visible' });
		Object.assign(page, { document });
		const stop = drafts.flushOnLeave(page);
		for (const fire of [
			() => page.dispatchEvent(new Event('pagehide')),
			() => page.dispatchEvent(new Event('beforeunload')),
			() => {
				document.visibilityState = 'hidden';
				document.dispatchEvent(new Event('visibilitychange'));
			}
		]) {
			draft.typed();
			fire();
		}
		expect(written).toBe(3);
		stop();
		draft.typed();
		page.dispatchEvent(new Event('pagehide'));
		expect(written).toBe(3);
		expect(draft.pending).toBe(true);
	});

	it('keeps a refused text pending, so the badge never calls it saved', () => {
		const { clock, advance } = handClock();
		const drafts = new Drafts(clock, 400);
		let accept = false;
		const draft = drafts.draft(() => accept);
		draft.typed();
		advance(400);
		expect(draft.pending).toBe(true);
		expect(drafts.pending).toBe(1);
		accept = true;
		draft.flush();
		expect(drafts.pending).toBe(0);
	});

	it('forgets a cancelled text and writes nothing', () => {
		const { clock, advance } = handClock();
		const drafts = new Drafts(clock, 400);
		let written = 0;
		const draft = drafts.draft(() => ++written > 0);
		draft.typed();
		draft.cancel();
		advance(1000);
		draft.flush();
		expect(written).toBe(0);
		expect(drafts.pending).toBe(0);
	});
});
