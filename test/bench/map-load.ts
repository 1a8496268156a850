// Time to interactive of the map page: navigation start to the app's ready mark (the first frame
// with the plan's nodes on screen), then a click on a node that must come back selected.
import type { Browser } from '@playwright/test';
import { openMap, reachableNodes, selectNode, signedInContext } from './map-browser';

export type LoadStats = { ready: number[]; cpu: number[] };

/**
 * `runs` loads, each in a fresh context (empty HTTP cache and IndexedDB, so every load is a first
 * visit), after one unmeasured load that warms the server up. Also the CPU time the page's main
 * thread spent up to the mark, which other processes on a shared machine do not inflate.
 */
export async function timeToInteractive(
	browser: Browser,
	origin: string,
	planId: string,
	token: string,
	runs: number
): Promise<LoadStats> {
	const stats: LoadStats = { ready: [], cpu: [] };
	for (let run = 0; run <= runs; run++) {
		const context = await signedInContext(browser, origin, token);
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Performance.enable');
		const ready = await openMap(page, origin, planId);
		const { metrics } = await cdp.send('Performance.getMetrics');
		const [id] = await reachableNodes(page);
		if (!id) throw new Error('bench: the map shows no node to click');
		await selectNode(page, id);
		if (run > 0) {
			stats.ready.push(ready);
			stats.cpu.push((metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000);
		}
		await context.close();
	}
	return stats;
}
