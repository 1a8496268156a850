// Drawing a flow by dragging on the map: letting go anywhere on a node draws it (not only on the
// small dot at its edge), and a flow that is not drawn says why, visibly and to screen readers:
// the same flow again, a flow to its own node, a drop beside every node, a read-only reader.
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import {
	addToMap,
	mapNode,
	openMap,
	removeFromPlan,
	settled,
	storedMap,
	storedNode,
	uniqueName,
	type MapUser
} from './map';

// Each test adds nodes through a browser and waits for the server; the default minute is tight
// when the machine is busy.
test.describe.configure({ timeout: 120_000 });

let added: string[] = [];
let users: MapUser[] = [];

async function open(browser: Browser, username: string): Promise<MapUser> {
	const user = await openMap(browser, username);
	users.push(user);
	return user;
}

function name(prefix: string): string {
	const unique = uniqueName(prefix);
	added.push(unique);
	return unique;
}

test.afterEach(async ({ browser }) => {
	for (const user of users) await user.context.close();
	await removeFromPlan(browser, added);
	users = [];
	added = [];
});

/** The dot on a node's right edge that flows are drawn from. */
function edgeOf(page: Page, label: string): Locator {
	return mapNode(page, label).locator('.svelte-flow__handle.source');
}

/** Presses the mouse on `from` and lets go at `at` (a point on the page), moving as a hand does. */
async function dragTo(page: Page, from: Locator, at: { x: number; y: number }): Promise<void> {
	await settled(from);
	const start = (await from.boundingBox())!;
	await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
	await page.mouse.down();
	await page.mouse.move(at.x, at.y, { steps: 12 });
	await page.mouse.up();
}

/** The middle of a drawn node's body: far from the dots on its edges. */
async function middleOf(node: Locator): Promise<{ x: number; y: number }> {
	await settled(node);
	const box = (await node.boundingBox())!;
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The kinds of the flows the server stored from one node to another, in order. */
async function storedFlows(page: Page, source: string, target: string): Promise<string[]> {
	const { edges } = await storedMap(page);
	return edges
		.filter((e) => e.source === source && e.target === target)
		.map((e) => e.kind)
		.sort();
}

test("a flow dragged from a node's edge and let go on the middle of another node's body is drawn and stored", async ({
	browser
}) => {
	const { page } = await open(browser, 'demo-member');
	const mill = name('Body mill');
	const bakery = name('Body bakery');
	await addToMap(page, mill);
	await addToMap(page, bakery);

	await dragTo(page, edgeOf(page, mill), await middleOf(mapNode(page, bakery)));

	const from = await storedNode(page, mill);
	const to = await storedNode(page, bakery);
	await expect
		.poll(() => storedFlows(page, from.id, to.id), { message: 'the server stores the flow' })
		.toEqual(['goods']);
	const flow = (await storedMap(page)).edges.find((e) => e.source === from.id && e.target === to.id)!;
	await expect(page.locator(`.svelte-flow__edge[data-id="${flow.id}"]`)).toHaveCount(1);
	await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(0);
});

test('the same flow drawn again is refused with a message and stored once, while another kind is another flow', async ({
	browser
}) => {
	const { page } = await open(browser, 'demo-member');
	const mill = name('Twice mill');
	const bakery = name('Twice bakery');
	await addToMap(page, mill);
	await addToMap(page, bakery);
	const from = await storedNode(page, mill);
	const to = await storedNode(page, bakery);

	await dragTo(page, edgeOf(page, mill), await middleOf(mapNode(page, bakery)));
	await expect.poll(() => storedFlows(page, from.id, to.id)).toEqual(['goods']);

	await dragTo(page, edgeOf(page, mill), await middleOf(mapNode(page, bakery)));
	const refusal = page
		.getByRole('alert')
		.filter({ hasText: `The map already has a “Goods” flow from ${mill} to ${bakery}.` });
	await expect(refusal).toBeVisible();

	// Money is another flow between the same nodes; drawing it also clears the message. Once the
	// server has it, it has everything this page wrote: still one flow of goods.
	await page.getByLabel('New flows carry').selectOption('money');
	await dragTo(page, edgeOf(page, mill), await middleOf(mapNode(page, bakery)));
	await expect(refusal).toHaveCount(0);
	await expect
		.poll(() => storedFlows(page, from.id, to.id), { message: 'the server stores the flow of money' })
		.toEqual(['goods', 'money']);
});

test('a flow let go on its own node, or beside every node, says why nothing was drawn', async ({
	browser
}) => {
	const { page } = await open(browser, 'demo-member');
	const mill = name('Lonely mill');
	await addToMap(page, mill);
	const { id } = await storedNode(page, mill);

	await dragTo(page, edgeOf(page, mill), await middleOf(mapNode(page, mill)));
	await expect(
		page
			.getByRole('alert')
			.filter({ hasText: 'A flow goes from one node to another: let go over a different node.' })
	).toBeVisible();

	// Left of the new node is the empty margin of the first lane: nothing to connect to there.
	const box = (await mapNode(page, mill).boundingBox())!;
	await dragTo(page, edgeOf(page, mill), { x: box.x - 80, y: box.y + box.height / 2 });
	await expect(
		page.getByRole('alert').filter({ hasText: 'To draw a flow, let go over another node.' })
	).toBeVisible();
	expect((await storedMap(page)).edges.filter((e) => e.source === id || e.target === id)).toEqual([]);
});

test("a read-only reader pressing a node's edge is told that their role draws no flows, and still selects the node", async ({
	browser
}) => {
	const { page } = await open(browser, 'demo-reviewer');
	const { nodes } = await storedMap(page);
	// The node at the chain's start: on screen as the map opens.
	const first = [...nodes].sort((a, b) => a.x - b.x || a.y - b.y)[0]!;
	const dot = page.locator(`.svelte-flow__node[data-id="${first.id}"] .svelte-flow__handle.source`);
	const { x, y } = await middleOf(dot);
	await page.mouse.move(x, y);
	await page.mouse.down();
	await page.mouse.move(x + 200, y, { steps: 8 });
	await page.mouse.up();
	const refusal = page
		.getByRole('alert')
		.filter({ hasText: 'Your role does not let you draw flows on this map.' });
	await expect(refusal).toBeVisible();
	await expect(page.locator('.svelte-flow__connectionline')).toHaveCount(0);
	await refusal.getByRole('button', { name: 'Close the message' }).click();
	await expect(refusal).toHaveCount(0);

	// The rest of the node selects it, to read its details, and says nothing about flows.
	const node = page.locator(`.svelte-flow__node[data-id="${first.id}"]`);
	const middle = await middleOf(node);
	await page.mouse.click(middle.x, middle.y);
	await expect(node).toHaveClass(/selected/);
	await expect(page.getByTestId('node-name')).toBeVisible();
	await expect(refusal).toHaveCount(0);
});
