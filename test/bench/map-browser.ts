// Playwright helpers for the map bench: Debian's Chromium, a signed-in context per user, the map
// page and its ready mark, the nodes a pointer can reach, and a drag made of real pointer events.
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';

export type MapPage = { context: BrowserContext; page: Page };
type Point = { x: number; y: number };

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
		headless: true,
		args: ['--no-sandbox', '--disable-background-networking']
	});
}

/** A fresh context (empty cache and IndexedDB) carrying `token` as the session cookie. */
export async function signedInContext(browser: Browser, origin: string, token: string) {
	const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
	await context.addCookies([{ name: 'session', value: token, url: origin, httpOnly: true, sameSite: 'Lax' }]);
	// tsx compiles this file with esbuild's keepNames, which wraps named functions inside the
	// callbacks we hand to page.evaluate in `__name(...)`; the page has no such helper.
	await context.addInitScript('globalThis.__name = (fn) => fn;');
	return context;
}

/** Opens the plan's map and waits for the app's ready mark; returns its time since navigation start. */
export async function openMap(page: Page, origin: string, planId: string): Promise<number> {
	await page.goto(`${origin}/c/alpha/p/${planId}/map`);
	const handle = await page.waitForFunction(
		() => performance.getEntriesByName('clusterplan:map-ready')[0]?.startTime,
		undefined,
		{ timeout: 60_000, polling: 50 }
	);
	return (await handle.jsonValue()) as number;
}

/** Clicks a node and waits for the canvas to show it selected: the map answers input. */
export async function selectNode(page: Page, id: string): Promise<void> {
	const { x, y } = await nodeCentre(page, id);
	await page.mouse.click(x, y);
	await page.locator(`.svelte-flow__node.selected[data-id="${id}"]`).waitFor({ timeout: 10_000 });
}

/**
 * Ids of rendered nodes whose centre a pointer reaches (not under the minimap, the controls or
 * another node), nearest the canvas centre first: a drag that nears the canvas edge pans the
 * viewport every frame, which would measure panning rather than dragging.
 */
export function reachableNodes(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const canvas = document.querySelector('.svelte-flow')!.getBoundingClientRect();
		const middle = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 };
		const found: { id: string; distance: number }[] = [];
		for (const node of document.querySelectorAll<HTMLElement>('.svelte-flow__node')) {
			const r = node.getBoundingClientRect();
			const centre = { x: r.x + r.width / 2, y: r.y + r.height / 2 };
			const hit = document.elementFromPoint(centre.x, centre.y);
			if (hit?.closest('.svelte-flow__node') !== node || !node.dataset.id) continue;
			found.push({ id: node.dataset.id, distance: Math.hypot(centre.x - middle.x, centre.y - middle.y) });
		}
		return found.sort((a, b) => a.distance - b.distance).map(({ id }) => id);
	});
}

export async function nodeCentre(page: Page, id: string): Promise<Point> {
	const box = await page.locator(`.svelte-flow__node[data-id="${id}"]`).boundingBox();
	if (!box) throw new Error(`bench: node ${id} is not on the page`);
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Drags node `id` by `by` pixels over `ms`, as a hand would: each pointer move goes to where the
 * pointer should be by now, as soon as the page has taken the previous one. `beforeDrop` runs with
 * the button still down. Returns the moves made and the time they took.
 */
export async function dragFor(
	page: Page,
	id: string,
	by: Point,
	ms: number,
	beforeDrop: () => Promise<void>
) {
	const from = await nodeCentre(page, id);
	await page.mouse.move(from.x, from.y);
	await page.mouse.down();
	const start = Date.now();
	let moves = 0;
	for (let done = 0; done < 1; moves++) {
		done = Math.min(1, (Date.now() - start) / ms);
		await page.mouse.move(from.x + by.x * done, from.y + by.y * done);
		// A page that takes input faster than 60 Hz gets at most one move a frame, like a real mouse.
		await new Promise((r) => setTimeout(r, Math.max(0, start + ((moves + 1) * 1000) / 60 - Date.now())));
	}
	const took = Date.now() - start;
	await beforeDrop();
	await page.mouse.up();
	return { moves, took };
}

/**
 * Drags node `id` by `by` pixels in `moves` pointer moves sent without waiting for the page to handle
 * each one, as a high-rate mouse does: Chromium coalesces them into one pointermove per frame (the
 * rest are that event's getCoalescedEvents()). page.mouse.move waits for each move to be handled,
 * which on this map takes up to seconds and would stretch 10,000 moves over hours.
 */
export async function dragBurst(page: Page, cdp: CDPSession, id: string, by: Point, moves: number) {
	const from = await nodeCentre(page, id);
	const at = (i: number) => ({ x: from.x + (by.x * i) / moves, y: from.y + (by.y * i) / moves });
	await page.mouse.move(from.x, from.y);
	await page.mouse.down();
	const sent: Promise<unknown>[] = [];
	for (let i = 1; i < moves; i++) {
		const params = { type: 'mouseMoved', button: 'left', buttons: 1, ...at(i) } as const;
		sent.push(cdp.send('Input.dispatchMouseEvent', params));
	}
	await Promise.all(sent);
	// The last move through Playwright, so that mouse.up is sent where the pointer really is.
	await page.mouse.move(at(moves).x, at(moves).y);
	await page.mouse.up();
}
