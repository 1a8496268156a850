// The map on a 1280 px wide screen, in each language: it opens readable at the start of the value
// chain with the overview of the whole map out of the way, `?node=` still opens on that node,
// "Whole map" shows all of it, and the side panel shows every field and button whole.
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { login } from './login';
import { planId, storedMap } from './map';

type Box = { x: number; y: number; width: number; height: number };

const LOCALES = { en: 'en-US', ru: 'ru-RU', kk: 'kk-KZ' } as const;
type Lang = keyof typeof LOCALES;

/** A message in the app's own words for `lang`, as the page shows it. */
function message(lang: Lang, key: string): string {
	const messages = JSON.parse(readFileSync(`messages/${lang}.json`, 'utf8')) as Record<string, string>;
	return messages[key]!;
}

/** Opens the flour plan's map, `query` and all, and waits until it is live and drawn. */
async function openMapIn(page: Page, lang: Lang, query = ''): Promise<void> {
	await login(page, 'demo-member');
	await page.goto(`/c/${planId}/p/${planId}/map${query}`);
	await expect(page.locator('html')).toHaveAttribute('lang', lang);
	await expect(page.locator('.state-badge')).toHaveText(message(lang, 'connection_online'));
	await expect(canvas(page).locator('.svelte-flow__node-actor').first()).toBeVisible();
}

function canvas(page: Page): Locator {
	return page.getByTestId('map-canvas');
}

/** The zoom of the map's viewport, from the transform Svelte Flow puts on it. */
async function zoom(page: Page): Promise<number> {
	return Number(/scale\(([\d.]+)\)/.exec(await view(page))?.[1]);
}

function overlaps(a: Box, b: Box): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The viewport's transform: where the map is and how large. */
async function view(page: Page): Promise<string> {
	return (await canvas(page).locator('.svelte-flow__viewport').getAttribute('style')) ?? '';
}

/** Waits until the map has left the view `from` and comes to rest: "Whole map" and the rest glide. */
async function movedFrom(page: Page, from: string): Promise<void> {
	let last = from;
	await expect
		.poll(
			async () => {
				const now = await view(page);
				const rest = now !== from && now === last;
				last = now;
				return rest;
			},
			{ message: 'the map moves and comes to rest' }
		)
		.toBe(true);
}

/** The boxes of the drawn actor nodes at least partly inside the canvas. */
async function nodesOnCanvas(page: Page): Promise<{ id: string; box: Box }[]> {
	const frame = (await canvas(page).boundingBox())!;
	const nodes = await canvas(page)
		.locator('.svelte-flow__node-actor')
		.evaluateAll((els) =>
			els.map((el) => {
				const r = el.getBoundingClientRect();
				return { id: el.getAttribute('data-id')!, box: { x: r.x, y: r.y, width: r.width, height: r.height } };
			})
		);
	return nodes.filter(({ box }) => overlaps(box, frame));
}

for (const lang of ['en', 'ru', 'kk'] as const) {
	test.describe(`in ${lang}`, () => {
		test.use({ locale: LOCALES[lang], viewport: { width: 1280, height: 720 } });

		test('the map opens readable at the chain’s start, and neither the overview nor the zoom buttons cover a node', async ({
			page
		}) => {
			await openMapIn(page, lang);
			const plan = await storedMap(page);
			const { map } = (await (await page.request.get(`/api/plans/${planId}`)).json()) as {
				map: { stages: { id: string }[] };
			};
			const stages = map.stages;

			// Labels at least 11 px on screen: their size times the zoom.
			const label = canvas(page).locator('.svelte-flow__node-actor .label').first();
			const fontSize = await label.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
			expect(fontSize * (await zoom(page))).toBeGreaterThanOrEqual(11);

			// The first stage's lane starts at the canvas's left edge, its title in sight.
			const frame = (await canvas(page).boundingBox())!;
			const lane = canvas(page).locator(`.svelte-flow__node[data-id="lane:${stages[0]!.id}"]`);
			const laneBox = (await lane.boundingBox())!;
			expect(laneBox.x).toBeGreaterThanOrEqual(frame.x);
			expect(laneBox.x).toBeLessThan(frame.x + 60);
			expect(laneBox.y).toBeGreaterThanOrEqual(frame.y);
			expect(laneBox.y).toBeLessThan(frame.y + 60);

			// Every node on the canvas, those of the first two lanes among them, stays clear of the
			// overview of the whole map and of the zoom buttons.
			const overview = (await page.locator('.svelte-flow__minimap').boundingBox())!;
			const zoomButtons = (await canvas(page).locator('.svelte-flow__controls').boundingBox())!;
			const shown = await nodesOnCanvas(page);
			const firstLanes = new Set(
				plan.nodes.filter((n) => n.stageId === stages[0]!.id || n.stageId === stages[1]!.id).map((n) => n.id)
			);
			expect(shown.filter(({ id }) => firstLanes.has(id)).length).toBeGreaterThan(0);
			expect(shown.filter(({ box }) => overlaps(box, overview)).map(({ id }) => id)).toEqual([]);
			expect(shown.filter(({ box }) => overlaps(box, zoomButtons)).map(({ id }) => id)).toEqual([]);
		});

		test('the side panel shows every field and button of a node whole, at 1280 px wide', async ({ page }) => {
			await openMapIn(page, lang);
			const { nodes } = await storedMap(page);
			const first = [...nodes].sort((a, b) => a.x - b.x || a.y - b.y)[0]!;
			await canvas(page).locator(`.svelte-flow__node[data-id="${first.id}"]`).click();
			const panel = page.locator('aside.panel');
			await expect(panel.getByTestId('node-name')).toBeVisible();
			await expect(panel.getByRole('heading', { name: message(lang, 'map_connect_title') })).toBeAttached();
			await expect(panel.getByText(message(lang, 'map_link_choose'))).toBeAttached();

			// Nothing runs past the panel's sides, no text past its own box, no control over another.
			const panelBox = (await panel.boundingBox())!;
			expect(await panel.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
			const parts = await panel
				.locator('label, h2, h3, p, input, select, textarea, button')
				.evaluateAll((els) =>
					els
						.filter((el) => (el as HTMLElement).offsetParent !== null)
						.map((el) => {
							const r = el.getBoundingClientRect();
							return {
								what: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`,
								control: el.matches('input, select, textarea, button'),
								box: { x: r.x, y: r.y, width: r.width, height: r.height },
								overflow: el.scrollWidth - el.clientWidth
							};
						})
				);
			expect(parts.length).toBeGreaterThan(10);
			for (const part of parts) {
				expect(part.box.x, `${part.what} starts inside the panel`).toBeGreaterThanOrEqual(panelBox.x);
				expect(part.box.x + part.box.width, `${part.what} ends inside the panel`).toBeLessThanOrEqual(
					panelBox.x + panelBox.width
				);
				// A field's own text scrolls inside it; every other text must show whole.
				if (!part.control || part.what.startsWith('button'))
					expect(part.overflow, `${part.what} shows all its text`).toBe(0);
			}
			const controls = parts.filter((p) => p.control);
			for (const [i, a] of controls.entries())
				for (const b of controls.slice(i + 1))
					expect(overlaps(a.box, b.box), `${a.what} and ${b.what} do not overlap`).toBe(false);
		});
	});
}

test.describe('on a 1280 px screen', () => {
	test.use({ viewport: { width: 1280, height: 720 } });

	test('`?node=` opens the map on that node, "Whole map" shows every node and "Start of the chain" goes back', async ({
		page
	}) => {
		await openMapIn(page, 'en');
		const { nodes } = await storedMap(page);
		// The node at the far end of the chain: off screen as the map opens at its start.
		const last = [...nodes].sort((a, b) => b.x - a.x || b.y - a.y)[0]!;
		const node = canvas(page).locator(`.svelte-flow__node[data-id="${last.id}"]`);
		const onCanvas = async () => {
			const box = (await node.boundingBox())!;
			const frame = (await canvas(page).boundingBox())!;
			const inside =
				box.x >= frame.x &&
				box.y >= frame.y &&
				box.x + box.width <= frame.x + frame.width &&
				box.y + box.height <= frame.y + frame.height;
			return inside ? 'whole' : overlaps(box, frame) ? 'partly' : 'none';
		};
		await expect(node).toBeAttached();
		expect(await onCanvas()).toBe('none');
		const opening = await view(page);

		await page.goto(`/c/${planId}/p/${planId}/map?node=${last.id}`);
		await expect(page.locator('.state-badge')).toHaveText('Online, saved');
		await expect(node).toHaveClass(/selected/);
		await movedFrom(page, opening);
		expect(await onCanvas()).toBe('whole');

		const onNode = await view(page);
		await page.getByRole('button', { name: 'Start of the chain' }).click();
		await movedFrom(page, onNode);
		expect(await view(page)).toBe(opening);
		expect(await onCanvas()).toBe('none');

		await page.getByRole('button', { name: 'Whole map' }).click();
		await movedFrom(page, opening);
		const frame = (await canvas(page).boundingBox())!;
		const drawn = await canvas(page).locator('.svelte-flow__node-actor').count();
		const shown = await nodesOnCanvas(page);
		expect(shown.length).toBe(drawn);
		for (const { box } of shown) {
			expect(box.x).toBeGreaterThanOrEqual(frame.x);
			expect(box.y).toBeGreaterThanOrEqual(frame.y);
			expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width);
			expect(box.y + box.height).toBeLessThanOrEqual(frame.y + frame.height);
		}
	});
});
