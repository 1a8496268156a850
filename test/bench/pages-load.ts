// Time to interactive of a plan page, measured from outside the app: navigation start to the first
// animation frame in which all the plan's rows are in the DOM (drawn from the live plan: the server
// renders only "loading"), extended to the end of the last long task (> 50 ms) before the main thread
// stays free of long tasks for a quiet window. Then one click, to show that the page answers.
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { signedInContext } from './map-browser';

/** What makes a page loaded: `count` elements matching `selector`. */
export type Rows = { selector: string; count: number };
export type LoadStats = { ready: number[]; interactive: number[]; cpu: number[]; click: number[] };

// Lighthouse waits 5 s; 1 s keeps the bench short and still catches the work that follows a render.
const QUIET_MS = 1000;

type LoadWindow = { benchLoad: { ready: number | null; longTasks: [number, number][] } };

// Runs in the page before any of its scripts: a long-task observer, and a check once per frame
// (cheap beside the page's own work) that stops at the first frame with all the rows.
function watchScript({ selector, count }: Rows): string {
	return `(() => {
		const load = (window.benchLoad = { ready: null, longTasks: [] });
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) load.longTasks.push([e.startTime, e.startTime + e.duration]);
		}).observe({ type: 'longtask', buffered: true });
		// performance.now(), not the callback's frame time: that can predate the task that drew the rows.
		const check = () => {
			if (document.querySelectorAll(${JSON.stringify(selector)}).length >= ${count}) load.ready = performance.now();
			else requestAnimationFrame(check);
		};
		requestAnimationFrame(check);
	})();`;
}

/** Navigation start to rows on screen, and to the end of the last long task before a quiet window. */
async function waitInteractive(page: Page): Promise<{ ready: number; interactive: number }> {
	const handle = await page.waitForFunction(
		(quiet) => {
			const { ready, longTasks } = (window as unknown as LoadWindow).benchLoad;
			if (ready === null) return null;
			const busyUntil = Math.max(ready, ...longTasks.map(([, end]) => end));
			return performance.now() - busyUntil >= quiet ? { ready, interactive: busyUntil } : null;
		},
		QUIET_MS,
		{ timeout: 120_000, polling: 100 }
	);
	return (await handle.jsonValue()) as { ready: number; interactive: number };
}

/**
 * A click on `target` until the expression `answered` holds in the page, timed in the page: from the
 * click event's time stamp to the animation frame in which the answer is in the DOM.
 */
export async function clickResponse(page: Page, target: string, answered: string): Promise<number> {
	await page.evaluate(() => {
		addEventListener(
			'click',
			(e) => ((window as unknown as { benchClick: number }).benchClick = e.timeStamp),
			{
				capture: true,
				once: true
			}
		);
	});
	await page.click(target);
	const handle = await page.waitForFunction(answered, undefined, { timeout: 30_000, polling: 'raf' });
	await handle.dispose();
	return page.evaluate(() => performance.now() - (window as unknown as { benchClick: number }).benchClick);
}

/** Opens the page in `context` and waits until it is interactive. */
export async function openPage(context: BrowserContext, page: Page, origin: string, load: PageLoad) {
	await context.addInitScript(watchScript(load.rows));
	await page.goto(`${origin}${load.url}`);
	return waitInteractive(page);
}

export type PageLoad = {
	url: string;
	rows: Rows;
	/** A click that must be answered once loaded: the element to click, and an expression true once it is. */
	click: { target: string; answered: string };
};

/**
 * `runs` first visits (a fresh context each: empty HTTP cache and IndexedDB), after one unmeasured
 * visit that warms the server up. Also the main thread's CPU time up to the end of the quiet window,
 * which other processes on a shared machine do not inflate.
 */
export async function timeToInteractive(
	browser: Browser,
	origin: string,
	token: string,
	load: PageLoad,
	runs: number
): Promise<LoadStats> {
	const stats: LoadStats = { ready: [], interactive: [], cpu: [], click: [] };
	for (let run = 0; run <= runs; run++) {
		const context = await signedInContext(browser, origin, token);
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Performance.enable');
		const { ready, interactive } = await openPage(context, page, origin, load);
		const { metrics } = await cdp.send('Performance.getMetrics');
		const click = await clickResponse(page, load.click.target, load.click.answered);
		if (run > 0) {
			stats.ready.push(ready);
			stats.interactive.push(interactive);
			stats.cpu.push((metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000);
			stats.click.push(click);
		}
		await context.close();
	}
	return stats;
}
