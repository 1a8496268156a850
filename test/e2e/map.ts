// Shared steps of the map specs: open the flour cluster's live map as a demo account, find its
// nodes, read what the server stored, cut a page's live connection, and take out what a test added.
import { expect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { LANGS, removeActor, removeNodes, textIn, type Localized } from '../../src/lib/plan';
import { login } from './login';

export const planId = 'flour-kostanay';

export type MapUser = { context: BrowserContext; page: Page };

/** A name no other test (or earlier run) uses, for things a test adds to the shared demo plan. */
export function uniqueName(prefix: string): string {
	return `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
}

/** Opens the plan's map from the cluster page and waits until it is live and drawn. */
export async function showMap(page: Page): Promise<void> {
	await page.goto(`/c/${planId}`);
	await page.getByRole('link', { name: /Strategic development plan/ }).click();
	await mapIsLive(page);
}

/** The badge once the plan is synced: "saved" for an editor, "up to date" for a read-only role. */
export const live = /Online, (saved|up to date)/;

/** Waits for the badge to say the map is synced and for the first node to be drawn. */
export async function mapIsLive(page: Page): Promise<void> {
	await expect(badge(page)).toHaveText(live);
	await expect(page.getByTestId('map-canvas').locator('.svelte-flow__node').first()).toBeVisible();
}

/**
 * A new browser context signed in as `username`, on the live map. `prepare` runs on the page
 * before it navigates (to route its websocket, for one).
 */
export async function openMap(
	browser: Browser,
	username: string,
	prepare?: (page: Page) => Promise<void>
): Promise<MapUser> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await login(page, username);
	await prepare?.(page);
	await showMap(page);
	return { context, page };
}

/** The connection badge above the map. */
export function badge(page: Page) {
	return page.getByRole('status').filter({ hasText: /^\s*(Online|Offline|Connecting)/ });
}

/** The drawn node whose label contains `name`. */
export function mapNode(page: Page, name: string) {
	return page.getByTestId('map-canvas').locator('.svelte-flow__node', { hasText: name });
}

/** Adds a firm through the map's form and waits until its author sees it drawn. */
export async function addToMap(page: Page, name: string): Promise<void> {
	// The toolbar's form: the side panel has a field of the same name for the selected node.
	const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Add to map' }) });
	await form.getByLabel('Name of the firm or institution').fill(name);
	await form.getByRole('button', { name: 'Add to map' }).click();
	await expect(mapNode(page, name)).toHaveCount(1);
}

/**
 * Waits until `target` stays where it is between two looks: adding a node glides the adder's view
 * to it, and a drag aimed at a moving target misses. Scrolls it into the window first, since the
 * canvas runs past the bottom of it and the mouse only reaches what is on screen.
 */
export async function settled(target: Locator): Promise<void> {
	await target.scrollIntoViewIfNeeded();
	let last = '';
	await expect
		.poll(
			async () => {
				const box = JSON.stringify(await target.boundingBox());
				const still = box === last;
				last = box;
				return still;
			},
			{ message: 'the view comes to rest' }
		)
		.toBe(true);
}

/**
 * Brings a node into sight as a person does, with "Find on the map" (which selects and centres it):
 * the map opens at the chain's start, and a node further along is off the canvas.
 */
export async function findOnMap(page: Page, name: string): Promise<void> {
	const viewport = page.getByTestId('map-canvas').locator('.svelte-flow__viewport');
	const before = await viewport.getAttribute('style');
	await page.getByLabel('Find on the map').fill(name);
	await page.getByLabel('Find on the map').press('Enter');
	await expect(mapNode(page, name)).toHaveClass(/selected/);
	let last = before;
	await expect
		.poll(
			async () => {
				const now = await viewport.getAttribute('style');
				const rest = now !== before && now === last;
				last = now;
				return rest;
			},
			{ message: 'the map glides to the node and comes to rest' }
		)
		.toBe(true);
}

export type StoredNode = { id: string; label: string; x: number; y: number; stageId: string | null };
export type StoredEdge = { id: string; source: string; target: string; kind: string };

/**
 * The map as the server stored it, read through the JSON API with the page's own session; a node's
 * label as an English reader reads it (the specs name nodes in English).
 */
export async function storedMap(page: Page): Promise<{ nodes: StoredNode[]; edges: StoredEdge[] }> {
	const response = await page.request.get(`/api/plans/${planId}`);
	expect(response.status()).toBe(200);
	type Stored = Omit<StoredNode, 'label'> & { label: Localized };
	const plan = (await response.json()) as { map: { nodes: Stored[]; edges: StoredEdge[] } };
	const nodes = plan.map.nodes.map((node) => ({ ...node, label: textIn(node.label, 'en').text }));
	return { nodes, edges: plan.map.edges };
}

/** The stored node labelled `label`, once the server has it. */
export async function storedNode(page: Page, label: string): Promise<StoredNode> {
	let found: StoredNode | undefined;
	await expect
		.poll(async () => (found = (await storedMap(page)).nodes.find((n) => n.label === label)), {
			message: `the server stores the node "${label}"`
		})
		.toBeTruthy();
	return found!;
}

/**
 * Cuts and restores one page's live connection to the plan. `context.setOffline(true)` does not
 * close WebSockets that are already open in Chromium (microsoft/playwright#4910: they keep sending
 * and receiving), so it would prove nothing. Instead the page's plan sockets go through
 * `page.routeWebSocket`: while the link is up each one is connected to the real server and passed
 * through untouched; cutting closes both ends of the open ones (the server sees the peer leave),
 * and while cut every new attempt is closed before it opens, as a failed handshake is.
 */
export class CollabLink {
	/** The server ends of the page's open plan sockets. */
	#servers = new Set<{ close(): Promise<void> }>();
	#cut = false;

	/** Routes the page's plan sockets through this link; call before the page opens the map. */
	async attach(page: Page): Promise<void> {
		await page.routeWebSocket(/\/collab\//, async (socket) => {
			if (this.#cut) {
				// 1006 is what a page sees when the network fails; nothing was ever opened here.
				await socket.close({ code: 1006, reason: 'network down' });
				return;
			}
			const server = socket.connectToServer();
			this.#servers.add(server);
			server.onClose((code, reason) => {
				this.#servers.delete(server);
				// A cut looks to the page like a dropped network (1006), anything else as the server sent it.
				void socket.close({ code: this.#cut ? 1006 : (code ?? 1006), reason: reason ?? '' });
			});
		});
	}

	/** Drops every open plan socket of the page and refuses new ones until `restore`. */
	async cut(): Promise<void> {
		this.#cut = true;
		for (const server of [...this.#servers]) await server.close();
	}

	/** Lets the page's next reconnection attempt through to the server. */
	restore(): void {
		this.#cut = false;
	}
}

/** A `ws` client class that presents `page`'s session cookie and origin, as the browser does. */
async function socketAs(page: Page) {
	const origin = new URL(page.url()).origin;
	const cookies = await page.context().cookies(origin);
	const headers = { origin, cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; ') };
	return class extends WebSocket {
		constructor(url: string, protocols?: string | string[]) {
			super(url, protocols, { headers });
		}
	};
}

/**
 * Changes a plan through a live connection as an editor (`change` runs in one transaction), and
 * waits until `stored` says the server has it. Cleans up after a test whatever the test got to.
 * `as` signs in someone other than demo-facilitator; `before` runs first with their session.
 */
export async function changePlan(
	browser: Browser,
	plan: string,
	change: (doc: Y.Doc) => void,
	stored: (page: Page) => Promise<boolean>,
	{ as = 'demo-facilitator', before }: { as?: string; before?: (page: Page) => Promise<void> } = {}
): Promise<void> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const doc = new Y.Doc();
	let provider: WebsocketProvider | undefined;
	try {
		await login(page, as);
		await before?.(page);
		const origin = new URL(page.url()).origin;
		provider = new WebsocketProvider(`${origin.replace(/^http/, 'ws')}/collab`, plan, doc, {
			WebSocketPolyfill: (await socketAs(page)) as unknown as typeof globalThis.WebSocket,
			disableBc: true
		});
		const live = provider;
		await expect.poll(() => live.synced, { message: 'the cleanup client syncs' }).toBe(true);
		doc.transact(() => change(doc));
		await expect.poll(() => stored(page), { message: 'the server stores the cleanup' }).toBe(true);
	} finally {
		provider?.destroy();
		doc.destroy();
		await context.close();
	}
}

/**
 * Takes out of the plan every firm (actor, with its nodes and flows) named in `names`, and every
 * free node labelled so, and waits until the server has none of them, so other specs see the demo map.
 */
export async function removeFromPlan(browser: Browser, names: string[]): Promise<void> {
	if (names.length === 0) return;
	const wanted = new Set(names);
	await changePlan(
		browser,
		planId,
		(doc) => {
			// A name in any language, or the one string of a node written raw.
			const named = (item: Y.Map<unknown>, field: string) =>
				[field, ...LANGS.map((lang) => `${field}.${lang}`)].some((key) =>
					wanted.has(item.get(key) as string)
				);
			doc.getMap<Y.Map<unknown>>('actors').forEach((actor, id) => {
				if (named(actor, 'name')) removeActor(doc, id);
			});
			const free: string[] = [];
			doc.getMap<Y.Map<unknown>>('nodes').forEach((node, id) => {
				if (named(node, 'label')) free.push(id);
			});
			if (free.length) removeNodes(doc, free);
		},
		async (page) => (await storedMap(page)).nodes.every((n) => !wanted.has(n.label))
	);
}
