// Keystroke to peer on the strategy page: two editors in two browser contexts have the same action
// open. Typing into its description (ProseMirror bound to the Yjs fragment), each key's keydown in
// A against the moment its character is in B's DOM; a title (saved on Enter), Enter in A against the
// new title in B. Both pages take `performance.timeOrigin + now`, a wall clock shared by the pages
// of one browser on one machine (checked: a reading in B falls between two readings in A).
import type { Page } from '@playwright/test';
import type { MapPage } from './map-browser';

type Stamp = [time: number, text: string];
type TypingWindow = { benchKeys: Stamp[]; benchSeen: Stamp[] };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Keys typed into the description: digits, which no generated description starts with. */
export const TYPED = '0123456789'.repeat(10);
const PAUSE_MS = 75;

// In A: the keydown time of every key (the event's own time stamp, so time spent waiting for A's
// main thread counts as latency).
function recordKeys(page: Page) {
	return page.evaluate(() => {
		const w = window as unknown as TypingWindow;
		w.benchKeys = [];
		addEventListener('keydown', (e) => w.benchKeys.push([performance.timeOrigin + e.timeStamp, e.key]), {
			capture: true
		});
	});
}

// In `page`: the text (or attribute) of `selector` after every DOM change under it, and when.
function recordText(page: Page, selector: string, attribute?: string) {
	return page.evaluate(
		([selector, attribute]) => {
			const w = window as unknown as TypingWindow;
			const element = document.querySelector(selector)!;
			const read = () => (attribute ? element.getAttribute(attribute) : element.textContent) ?? '';
			w.benchSeen = [[performance.timeOrigin + performance.now(), read()]];
			new MutationObserver(() =>
				w.benchSeen.push([performance.timeOrigin + performance.now(), read()])
			).observe(
				element,
				attribute
					? { attributes: true, attributeFilter: [attribute] }
					: { subtree: true, childList: true, characterData: true }
			);
		},
		[selector, attribute] as const
	);
}

/** Reads the page's main-thread CPU time, ms (DevTools `ThreadTime`: other processes do not inflate it). */
async function cpuClock(page: Page) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Performance.enable');
	return async () => {
		const { metrics } = await cdp.send('Performance.getMetrics');
		return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
	};
}

const stamps = (page: Page, which: keyof TypingWindow) =>
	page.evaluate((w) => (window as unknown as TypingWindow)[w], which);

/** The spread of one clock reading in B between two in A, in ms (B must fall between them). */
async function clockCheck(a: Page, b: Page): Promise<number> {
	const now = () => performance.timeOrigin + performance.now();
	const before = await a.evaluate(now);
	const between = await b.evaluate(now);
	const after = await a.evaluate(now);
	if (between < before || between > after) throw new Error('bench: the two pages do not share a clock');
	return after - before;
}

/** Opens the action's details (description shown) in the page. */
async function openDetails(page: Page, actionId: string) {
	await page.click(`[aria-controls="details-${actionId}"]`);
	await page.locator(`#details-${actionId} [data-testid="rich-preview"]`).waitFor();
}

/** A types TYPED into the action's description, one key per PAUSE_MS; latency per key to B, and to A itself. */
export async function descriptionTyping(a: MapPage, b: MapPage, actionId: string) {
	await Promise.all([openDetails(a.page, actionId), openDetails(b.page, actionId)]);
	const skew = await clockCheck(a.page, b.page);
	await a.page.click(`#details-${actionId} [data-testid="text-edit"]`);
	const editor = `#details-${actionId} .rich-editable`;
	await a.page.locator(editor).waitFor();
	await a.page.locator(editor).press('Control+Home');
	await recordKeys(a.page);
	const preview = `#details-${actionId} [data-testid="rich-preview"]`;
	await Promise.all([recordText(a.page, editor), recordText(b.page, preview)]);
	const clocks = await Promise.all([a.page, b.page].map(cpuClock));
	const cpuBefore = await Promise.all(clocks.map((read) => read()));
	const pressStart = Date.now();
	for (const key of TYPED) {
		await a.page.keyboard.press(key);
		await sleep(PAUSE_MS);
	}
	const pressMs = (Date.now() - pressStart) / TYPED.length - PAUSE_MS;
	await b.page.waitForFunction(
		([selector, typed]) => document.querySelector(selector)?.textContent?.startsWith(typed),
		[preview, TYPED] as const,
		{ timeout: 60_000 }
	);
	const cpuAfter = await Promise.all(clocks.map((read) => read()));
	const [cpuA, cpuB] = cpuAfter.map((after, i) => (after - cpuBefore[i]!) / TYPED.length);
	const keys = (await stamps(a.page, 'benchKeys')).filter(([, key]) => TYPED.includes(key));
	const arrivals = async (page: Page) => {
		const seen = await stamps(page, 'benchSeen');
		return keys.map(([sent], i) => {
			const prefix = TYPED.slice(0, i + 1);
			const at = seen.find(([, text]) => text.startsWith(prefix));
			return at ? at[0] - sent : NaN;
		});
	};
	return {
		peer: await arrivals(b.page),
		local: await arrivals(a.page),
		pressMs,
		cpuPerKey: { typist: cpuA!, peer: cpuB! },
		skew
	};
}

/** A renames the action `renames` times (select all, type, Enter); Enter in A to the new title in B. */
export async function titleRenames(a: MapPage, b: MapPage, actionId: string, renames = 20) {
	const row = `li[id="${actionId}"] > .row`;
	const input = a.page.locator(`${row} .title input`);
	const latencies: number[] = [];
	await recordKeys(a.page);
	await recordText(b.page, row, 'aria-label');
	for (let i = 1; i <= renames; i++) {
		// "(1)" is not part of "(10)": each title is told apart from the ones before it.
		const title = `Renamed action (${i})`;
		await input.click();
		await input.press('Control+A');
		await input.pressSequentially(title);
		await input.press('Enter');
		await b.page.waitForFunction(
			([row, title]) => document.querySelector(row)?.getAttribute('aria-label')?.includes(title),
			[row, title] as const,
			{ timeout: 60_000 }
		);
		const enter = (await stamps(a.page, 'benchKeys')).filter(([, key]) => key === 'Enter').at(-1)!;
		const seen = (await stamps(b.page, 'benchSeen')).find(([, label]) => label.includes(title))!;
		latencies.push(seen[0] - enter[0]);
		await sleep(200);
	}
	return latencies;
}
