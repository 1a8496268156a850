// Two or three people on the live value chain map at once: what one does reaches the others and
// the server, undo is personal, a read-only role cannot write even by hand, and edits made without
// a connection are kept and delivered.
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import {
	CollabLink,
	addToMap,
	badge,
	findOnMap,
	mapIsLive,
	mapNode,
	openMap,
	planId,
	removeFromPlan,
	settled,
	showMap,
	storedMap,
	storedNode,
	uniqueName,
	type MapUser,
	type StoredEdge
} from './map';

// Each test drives two or three browsers against one server; the default minute is tight when the
// machine is busy.
test.describe.configure({ timeout: 150_000 });

// What each test added to the shared demo plan, and the browsers it opened: cleaned up after it.
let added: string[] = [];
let users: MapUser[] = [];

async function open(browser: Browser, username: string, prepare?: (page: Page) => Promise<void>) {
	const user = await openMap(browser, username, prepare);
	users.push(user);
	return user;
}

function name(prefix: string): string {
	const unique = uniqueName(prefix);
	added.push(unique);
	return unique;
}

test.afterEach(async ({ browser }) => {
	// Contexts first, so that no page still holding a test's edits sends them again afterwards.
	for (const user of users) await user.context.close();
	await removeFromPlan(browser, added);
	users = [];
	added = [];
});

/** Presses the mouse on `from` and lets go over `to`, moving in steps as a hand does. */
async function dragBetween(page: Page, from: Locator, to: Locator): Promise<void> {
	await settled(from);
	await settled(to);
	const start = await from.boundingBox();
	const end = await to.boundingBox();
	if (!start || !end) throw new Error('both ends of the drag must be on screen');
	await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
	await page.mouse.down();
	await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 12 });
	await page.mouse.up();
}

/** Drags a node by (dx, dy) screen pixels, holding it by its middle. */
async function dragBy(page: Page, node: Locator, dx: number, dy: number): Promise<void> {
	await settled(node);
	const box = await node.boundingBox();
	if (!box) throw new Error('the node must be on screen');
	const x = box.x + box.width / 2;
	const y = box.y + box.height / 2;
	await page.mouse.move(x, y);
	await page.mouse.down();
	await page.mouse.move(x + dx, y + dy, { steps: 12 });
	await page.mouse.up();
}

/** The node as drawn at flow position (x, y): Svelte Flow places each node with a translate. */
function drawnAt(x: number, y: number): RegExp {
	return new RegExp(`transform: translate\\(${x}px, ${y}px\\)`);
}

test('nodes, a flow and a move made by one member reach the other live and survive a reload', async ({
	browser
}) => {
	const a = await open(browser, 'demo-member');
	const b = await open(browser, 'demo-facilitator');
	const mill = name('Collab mill');
	const bakery = name('Collab bakery');

	await addToMap(a.page, mill);
	await addToMap(a.page, bakery);
	await expect(mapNode(b.page, mill)).toHaveCount(1);
	await expect(mapNode(b.page, bakery)).toHaveCount(1);

	await dragBetween(
		a.page,
		mapNode(a.page, mill).locator('.svelte-flow__handle.source'),
		mapNode(a.page, bakery).locator('.svelte-flow__handle.target:not(.body)')
	);
	const from = await storedNode(a.page, mill);
	const to = await storedNode(a.page, bakery);
	let flow: StoredEdge | undefined;
	await expect
		.poll(async () => (flow = (await storedMap(a.page)).edges.find((e) => e.source === from.id)), {
			message: 'the server stores the flow drawn from the mill'
		})
		.toBeTruthy();
	expect(flow!.target).toBe(to.id);
	const edge = (page: Page) => page.locator(`.svelte-flow__edge[data-id="${flow!.id}"]`);
	await expect(edge(a.page)).toHaveCount(1);
	await expect(edge(b.page)).toHaveCount(1);

	// B moves the bakery well to the right; A sees it land where the server stored it.
	await expect(mapNode(a.page, bakery)).toHaveAttribute('style', drawnAt(to.x, to.y));
	const seenBefore = (await mapNode(a.page, bakery).boundingBox())!;
	await findOnMap(b.page, bakery);
	await dragBy(b.page, mapNode(b.page, bakery), 260, 0);
	let moved = to;
	await expect
		.poll(async () => (moved = await storedNode(a.page, bakery)).x - to.x, {
			message: 'the server stores the new position'
		})
		.toBeGreaterThan(100);
	await expect(mapNode(a.page, bakery)).toHaveAttribute('style', drawnAt(moved.x, moved.y));
	const seenAfter = (await mapNode(a.page, bakery).boundingBox())!;
	expect(seenAfter.x).toBeGreaterThan(seenBefore.x + 20);

	await Promise.all([a.page.reload(), b.page.reload()]);
	for (const page of [a.page, b.page]) {
		await mapIsLive(page);
		await expect(mapNode(page, mill)).toHaveAttribute('style', drawnAt(from.x, from.y));
		await expect(mapNode(page, bakery)).toHaveAttribute('style', drawnAt(moved.x, moved.y));
		await expect(edge(page)).toHaveCount(1);
	}
	const stored = await storedMap(b.page);
	const ours = stored.nodes.filter((n) => n.label === mill || n.label === bakery);
	expect(ours).toHaveLength(2);
	expect(ours).toEqual(
		expect.arrayContaining([
			expect.objectContaining({ id: from.id, x: from.x, y: from.y }),
			expect.objectContaining({ id: moved.id, x: moved.x, y: moved.y })
		])
	);
	expect(stored.edges.filter((e) => e.source === from.id)).toEqual([
		expect.objectContaining({ id: flow!.id, target: to.id })
	]);
});

test("one member's undo takes back only their own change, for everyone", async ({ browser }) => {
	const a = await open(browser, 'demo-member');
	const b = await open(browser, 'demo-facilitator');
	const mine = name('Collab undone mill');
	const theirs = name('Collab kept mill');

	await addToMap(a.page, mine);
	await expect(mapNode(b.page, mine)).toHaveCount(1);
	await addToMap(b.page, theirs);
	await expect(mapNode(a.page, theirs)).toHaveCount(1);

	await a.page.getByRole('button', { name: 'Undo', exact: true }).click();
	await expect(mapNode(a.page, mine)).toHaveCount(0);
	await expect(mapNode(b.page, mine)).toHaveCount(0);
	await expect(mapNode(a.page, theirs)).toHaveCount(1);
	await expect(mapNode(b.page, theirs)).toHaveCount(1);
	await expect
		.poll(async () => (await storedMap(a.page)).nodes.some((n) => n.label === mine), {
			message: 'the server drops the undone node'
		})
		.toBe(false);
	await storedNode(a.page, theirs);
});

/** A y-websocket sync update frame that adds a free node, built from a fresh document. */
function addNodeFrame(id: string, label: string, x: number, y: number): number[] {
	const doc = new Y.Doc();
	const node = new Y.Map<unknown>();
	for (const [key, value] of Object.entries({
		actorId: null,
		label,
		kind: 'firm',
		stageId: null,
		notes: '',
		owner: '',
		x,
		y
	}))
		node.set(key, value);
	node.set('links', new Y.Map());
	// A root map of the plan (src/lib/plan/layout.ts): a new key in it depends on nothing else.
	doc.getMap('nodes').set(id, node);
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, 0); // messageSync
	syncProtocol.writeUpdate(encoder, Y.encodeStateAsUpdate(doc));
	doc.destroy();
	return [...encoding.toUint8Array(encoder)];
}

/**
 * Opens a raw socket to the plan from `page` (the browser attaches the session cookie and the
 * page's origin), waits for the server's greeting, sends `frame`, and, when `reply` is set, waits
 * for an auth message or a close. Returns the frames received and the socket's state; the socket
 * stays open on `window.rawSocket`.
 */
function sendRawFrame(page: Page, frame: number[], reply: boolean) {
	return page.evaluate(
		async ({ planId, frame, reply }) => {
			const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
			const socket = new WebSocket(`${scheme}://${location.host}/collab/${planId}`);
			socket.binaryType = 'arraybuffer';
			(window as unknown as { rawSocket: WebSocket }).rawSocket = socket;
			const received: number[][] = [];
			let closed: number | null = null;
			const until = (done: () => boolean) =>
				new Promise<void>((resolve, reject) => {
					const check = () => (done() ? resolve() : setTimeout(check, 20));
					check();
					setTimeout(() => reject(new Error(`no answer; got ${JSON.stringify(received)}`)), 15_000);
				});
			socket.onmessage = (event) => received.push([...new Uint8Array(event.data as ArrayBuffer)]);
			socket.onclose = (event) => (closed = event.code);
			await until(() => received.length > 0 || closed !== null);
			socket.send(new Uint8Array(frame));
			if (reply) await until(() => received.some((m) => m[0] === 2) || closed !== null);
			return { received, closed, open: socket.readyState === WebSocket.OPEN };
		},
		{ planId, frame, reply }
	);
}

test("a reviewer's forced write over a raw socket is refused and stored nowhere", async ({ browser }) => {
	const member = await open(browser, 'demo-member');
	const reviewer = await open(browser, 'demo-reviewer');

	// No way to edit on the page: no form, no undo, nothing draggable or connectable.
	await expect(reviewer.page.getByText('You see the map live; your role does not change it.')).toBeVisible();
	await expect(reviewer.page.getByRole('button', { name: 'Add to map' })).toHaveCount(0);
	await expect(reviewer.page.getByLabel('Name of the firm or institution')).toHaveCount(0);
	await expect(reviewer.page.getByRole('button', { name: 'Undo', exact: true })).toHaveCount(0);
	const canvas = reviewer.page.getByTestId('map-canvas');
	await expect(canvas.locator('.svelte-flow__node').first()).toBeVisible();
	await expect(canvas.locator('.svelte-flow__node.draggable')).toHaveCount(0);
	await expect(canvas.locator('.svelte-flow__handle.connectable')).toHaveCount(0);

	// Next to a node everyone has on screen, so a stored one would be drawn for the member.
	const [anchor] = (await storedMap(member.page)).nodes;
	const forged = name('Collab forged mill');
	const forgedId = `forged${Date.now().toString(36)}`;
	const result = await sendRawFrame(
		reviewer.page,
		addNodeFrame(forgedId, forged, anchor!.x, anchor!.y + 30),
		true
	);
	const denial = result.received.find((m) => m[0] === 2);
	expect(denial, 'the server answers with permission denied').toBeDefined();
	const decoder = decoding.createDecoder(new Uint8Array(denial!));
	expect(decoding.readVarUint(decoder)).toBe(2); // messageAuth
	expect(decoding.readVarUint(decoder)).toBe(0); // permission denied
	expect(decoding.readVarString(decoder)).toMatch(/read-only/);
	expect(result.open, 'the refused socket stays open, harmlessly').toBe(true);

	// The same frame from an editor is stored and drawn live: the reviewer's was well formed.
	const control = name('Collab control mill');
	await sendRawFrame(
		member.page,
		addNodeFrame(`control${Date.now().toString(36)}`, control, anchor!.x, anchor!.y + 30),
		false
	);
	await storedNode(member.page, control);
	await expect(mapNode(member.page, control)).toHaveCount(1);

	expect((await storedMap(member.page)).nodes.filter((n) => n.id === forgedId || n.label === forged)).toEqual(
		[]
	);
	await expect(mapNode(member.page, forged)).toHaveCount(0);
	await expect(mapNode(reviewer.page, forged)).toHaveCount(0);
	await member.page.reload();
	await mapIsLive(member.page);
	await expect(mapNode(member.page, control)).toHaveCount(1);
	await expect(mapNode(member.page, forged)).toHaveCount(0);
});

test('a node added while cut off is kept, and merges with the others once the connection is back', async ({
	browser
}) => {
	const link = new CollabLink();
	const a = await open(browser, 'demo-member', (page) => link.attach(page));
	const b = await open(browser, 'demo-facilitator');
	const offline = name('Collab offline mill');
	const online = name('Collab online mill');

	await link.cut();
	await expect(badge(a.page)).not.toHaveText('Online, saved');
	await addToMap(a.page, offline);
	await expect(badge(a.page)).toHaveText(/Offline.*\b1\b/);
	await addToMap(b.page, online);
	await storedNode(b.page, online);
	expect((await storedMap(b.page)).nodes.some((n) => n.label === offline)).toBe(false);
	await expect(mapNode(a.page, online)).toHaveCount(0);

	link.restore();
	await expect(badge(a.page)).toHaveText('Online, saved');
	for (const page of [a.page, b.page]) {
		await expect(mapNode(page, offline)).toHaveCount(1);
		await expect(mapNode(page, online)).toHaveCount(1);
	}
	await storedNode(a.page, offline);
	await storedNode(a.page, online);
});

test('a node added while cut off survives closing the page and reaches the server from the next one', async ({
	browser
}) => {
	const link = new CollabLink();
	const a = await open(browser, 'demo-member', (page) => link.attach(page));
	const b = await open(browser, 'demo-facilitator');
	const kept = name('Collab kept offline mill');

	await link.cut();
	await addToMap(a.page, kept);
	await expect(badge(a.page)).toHaveText(/Offline.*\b1\b/);
	expect((await storedMap(b.page)).nodes.some((n) => n.label === kept)).toBe(false);
	await a.page.close();
	link.restore();

	// A new page of the same browser profile: its only copy of the node is the one in IndexedDB.
	const again = await a.context.newPage();
	await showMap(again);
	await expect(mapNode(again, kept)).toHaveCount(1);
	await storedNode(b.page, kept);
	await expect(mapNode(b.page, kept)).toHaveCount(1);
});
