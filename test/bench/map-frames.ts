// Frame times on the map while one editor drags a node and another watches: a requestAnimationFrame
// loop in each page, plus the renderer's main-thread time from the DevTools protocol, because
// headless Chromium paces rAF at 60 Hz and frame deltas alone cannot go below 16.7 ms. The drop
// (the one document write of a drag) is measured on its own, after the drag.
import type { CDPSession, Page } from '@playwright/test';
import { dragFor, reachableNodes, type MapPage } from './map-browser';

export type FrameStats = {
	/** Deltas between consecutive rAF timestamps while the button was down, ms. */
	deltas: number[];
	/** Main-thread task time (wall) and main-thread CPU time during the drag, per frame, ms. */
	busyPerFrame: number;
	cpuPerFrame: number;
	/** How often the dragged node's transform changed on this page while the drag went on. */
	nodeUpdates: number;
	/** Longest frame in the 3 s after the drop, ms. */
	dropFrame: number;
};

type Recorder = { deltas: number[]; last: number; on: boolean; transform: string; updates: number };
type BenchWindow = { benchFrames?: Recorder };
type Metrics = { task: number; cpu: number };

function startRecording(page: Page, nodeId: string) {
	return page.evaluate((id) => {
		const recorder: Recorder = { deltas: [], last: 0, on: true, transform: '', updates: 0 };
		(window as BenchWindow).benchFrames = recorder;
		const node = () => document.querySelector<HTMLElement>(`.svelte-flow__node[data-id="${id}"]`);
		recorder.transform = node()?.style.transform ?? '';
		function tick(time: number) {
			if (recorder.last) recorder.deltas.push(time - recorder.last);
			recorder.last = time;
			const transform = node()?.style.transform ?? '';
			if (transform !== recorder.transform) recorder.updates++;
			recorder.transform = transform;
			if (recorder.on) requestAnimationFrame(tick);
		}
		requestAnimationFrame(tick);
	}, nodeId);
}

// Stops after one more frame: a frame stalled by a long task is only recorded by the tick after it.
function stopRecording(page: Page) {
	return page.evaluate(async () => {
		await new Promise((r) => requestAnimationFrame(r));
		const recorder = (window as BenchWindow).benchFrames!;
		recorder.on = false;
		return { deltas: recorder.deltas, updates: recorder.updates };
	});
}

async function metrics(cdp: CDPSession): Promise<Metrics> {
	const { metrics } = await cdp.send('Performance.getMetrics');
	const value = (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
	// TaskDuration: wall time of the main thread's tasks; ThreadTime: CPU time of that thread, which
	// other processes on a shared machine do not inflate.
	return { task: value('TaskDuration'), cpu: value('ThreadTime') };
}

/** Page `dragging` drags a reachable node by 300 px for `ms` while `watching` has the map open. */
export async function dragFrames(dragging: MapPage, watching: MapPage, ms = 2000) {
	const pages = [dragging.page, watching.page];
	const cdps = await Promise.all([dragging, watching].map((p) => p.context.newCDPSession(p.page)));
	await Promise.all(cdps.map((cdp) => cdp.send('Performance.enable')));
	const [id] = await reachableNodes(dragging.page);
	if (!id) throw new Error('bench: no node to drag on the map');

	await Promise.all(pages.map((page) => startRecording(page, id)));
	const before = await Promise.all(cdps.map(metrics));
	let during: Awaited<ReturnType<typeof stopRecording>>[] = [];
	let after: Metrics[] = [];
	const drag = await dragFor(dragging.page, id, { x: 300, y: 120 }, ms, async () => {
		after = await Promise.all(cdps.map(metrics));
		during = await Promise.all(pages.map(stopRecording));
		await Promise.all(pages.map((page) => startRecording(page, id)));
	});
	await dragging.page.waitForTimeout(3000);
	const drop = await Promise.all(pages.map(stopRecording));
	await Promise.all(cdps.map((cdp) => cdp.detach()));

	const stats = during.map(({ deltas, updates }, i): FrameStats => {
		const frames = Math.max(1, deltas.length);
		return {
			deltas,
			busyPerFrame: (after[i]!.task - before[i]!.task) / frames,
			cpuPerFrame: (after[i]!.cpu - before[i]!.cpu) / frames,
			nodeUpdates: updates,
			dropFrame: Math.max(0, ...drop[i]!.deltas)
		};
	});
	// Each move waits until the page has handled the one before: the time per move is input latency.
	return { ...drag, msPerMove: drag.took / drag.moves, dragging: stats[0]!, watching: stats[1]! };
}
