import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { addToMap, mapNode, openMap, removeFromPlan, storedMap, storedNode, uniqueName } from './map';

test.describe.configure({ timeout: 120_000 }); // two or more live browsers per test

test('the side panel edits a node for everyone: name, membership, stage, link to an objective', async ({
	browser
}) => {
	const a = await openMap(browser, 'demo-member');
	const b = await openMap(browser, 'demo-facilitator');
	const name = uniqueName('Panel test mill');
	const renamed = `${name} renamed`;
	try {
		await addToMap(a.page, name);
		// A new node is selected at once, so its details are ready beside the map.
		const panel = a.page.getByRole('complementary');
		await expect(panel.getByRole('heading', { name })).toBeVisible();
		await panel.getByLabel('Name of the firm or institution').fill(renamed);
		await panel.getByLabel('Name of the firm or institution').press('Enter');
		await expect(mapNode(b.page, renamed)).toHaveCount(1);

		await panel.getByLabel('Stage').selectOption({ label: 'Flour milling' });
		await panel.getByLabel('Member of the cluster').uncheck();
		await panel
			.getByLabel('Link an objective or project')
			.selectOption({ label: 'Cut the cost of shipping flour to export markets' });
		await panel.getByRole('button', { name: 'Link', exact: true }).click();
		await expect(panel.getByRole('link', { name: /Objective: Cut the cost/ })).toBeVisible();
		await expect(mapNode(b.page, renamed)).toContainText('linked: 1');

		const stored = await storedNode(a.page, renamed);
		const plan = (await (await a.page.request.get('/api/plans/flour-kostanay')).json()) as {
			map: { nodes: { id: string; stageId: string; objectiveIds: string[]; x: number }[] };
			actors: { name: { en: string }; member: boolean }[];
		};
		const node = plan.map.nodes.find((n) => n.id === stored.id)!;
		expect(node.stageId).toBe('s-milling');
		// A node given another stage moves into that stage's lane (the fourth).
		expect(node.x).toBe(3 * 280);
		expect(node.objectiveIds).toEqual(['o-logistics']);
		expect(plan.actors.find((actor) => actor.name.en === renamed)?.member).toBe(false);

		// Delete on the keyboard removes the selected node, for the other member too.
		await mapNode(a.page, renamed).click();
		await a.page.keyboard.press('Delete');
		await expect(mapNode(b.page, renamed)).toHaveCount(0);
	} finally {
		await removeFromPlan(browser, [name, renamed]);
		await a.context.close();
		await b.context.close();
	}
});

test('people see who is here, their pointer and what they selected', async ({ browser }) => {
	const a = await openMap(browser, 'demo-member');
	const b = await openMap(browser, 'demo-facilitator');
	try {
		await expect(b.page.getByTestId('presence').getByText('Bolat Member')).toBeAttached();
		// Found by name rather than clicked: the node lies past the opening view, under an edge's
		// label, and a click there can miss on a loaded machine.
		await a.page.getByLabel('Find on the map').fill('Large flour mills');
		await a.page.getByLabel('Find on the map').press('Enter');
		await expect(mapNode(a.page, 'Large flour mills')).toHaveClass(/selected/);
		// The node A selected carries A's name tag on B's map.
		await expect(mapNode(b.page, 'Large flour mills').locator('.by')).toHaveText('Bolat Member');
		const canvas = await a.page.getByTestId('map-canvas').boundingBox();
		await a.page.mouse.move(canvas!.x + 200, canvas!.y + 120);
		await a.page.mouse.move(canvas!.x + 220, canvas!.y + 140);
		await expect(b.page.locator('.cursor', { hasText: 'Bolat Member' })).toBeVisible();
		await a.context.close();
		// Gone from the list once they leave.
		await expect(b.page.getByTestId('presence').getByText('Bolat Member')).toHaveCount(0);
	} finally {
		await a.context.close();
		await b.context.close();
	}
});

test('views filter the map by membership and kind, and the search finds and selects a node', async ({
	browser
}) => {
	const a = await openMap(browser, 'demo-reviewer');
	try {
		const page = a.page;
		await page.getByText('View and filters').click();
		await page.getByLabel('Membership').selectOption({ label: 'Cluster members only' });
		await expect(mapNode(page, 'Rail freight (KTZ)')).toBeHidden();
		await expect(mapNode(page, 'Large flour mills')).toBeVisible();
		await page.getByLabel('Membership').selectOption({ label: 'Everyone' });
		await page.getByRole('checkbox', { name: 'Institution' }).uncheck();
		await expect(mapNode(page, 'Kostanay State University')).toBeHidden();
		await expect(mapNode(page, 'Rail freight (KTZ)')).toBeVisible();

		// A match the filters hide is found all the same: the filters make way for it.
		await page.getByLabel('Find on the map').fill('kostanay state');
		await page.getByLabel('Find on the map').press('Enter');
		await expect(page.getByRole('status').filter({ hasText: '1 of 1' })).toBeVisible();
		await expect(mapNode(page, 'Kostanay State University')).toHaveClass(/selected/);
		await expect(
			page.getByRole('complementary').getByRole('heading', { name: 'Kostanay State University' })
		).toBeVisible();
		// A reviewer sees the details but cannot change them.
		await expect(
			page.getByRole('complementary').getByLabel('Name of the firm or institution')
		).toBeDisabled();
		await expect(page.getByRole('button', { name: 'Remove this node' })).toHaveCount(0);
	} finally {
		await a.context.close();
	}
});

test('the whole map exports as PNG and SVG', async ({ browser }) => {
	const a = await openMap(browser, 'demo-coordinator');
	try {
		const [png] = await Promise.all([
			a.page.waitForEvent('download'),
			a.page.getByRole('button', { name: 'Export PNG' }).click()
		]);
		expect(png.suggestedFilename()).toMatch(/\.png$/);
		const bytes = await readFile((await png.path())!);
		expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

		const [svg] = await Promise.all([
			a.page.waitForEvent('download'),
			a.page.getByRole('button', { name: 'Export SVG' }).click()
		]);
		const text = await readFile((await svg.path())!, 'utf8');
		expect(text).toContain('<svg');
		// Every node is in the picture, not only those on screen.
		expect(text).toContain('KIDI cluster development centre');
		expect(text).toContain('Elite seed farms');
	} finally {
		await a.context.close();
	}
});

test('a node moves by keyboard, is stored when the key is let go, and Ctrl+Z takes the move back', async ({
	browser
}) => {
	const a = await openMap(browser, 'demo-member');
	try {
		const before = (await storedMap(a.page)).nodes.find((n) => n.label === 'Feed mills using bran')!;
		await mapNode(a.page, 'Feed mills using bran').focus();
		await a.page.keyboard.press('Enter');
		await a.page.keyboard.press('ArrowDown');
		await expect
			.poll(async () => (await storedMap(a.page)).nodes.find((n) => n.id === before.id)!.y)
			.toBeGreaterThan(before.y);
		await a.page.getByTestId('map-canvas').click({ position: { x: 5, y: 5 } });
		await a.page.keyboard.press('Control+z');
		await expect
			.poll(async () => (await storedMap(a.page)).nodes.find((n) => n.id === before.id)!.y)
			.toBe(before.y);
	} finally {
		await a.context.close();
	}
});

test('stages are added, reordered and removed as lanes, for everyone', async ({ browser }) => {
	const a = await openMap(browser, 'demo-facilitator');
	const b = await openMap(browser, 'demo-member');
	const title = uniqueName('Test stage');
	const lanes = (page: typeof a.page) => page.getByTestId('map-canvas').locator('.svelte-flow__node-lane');
	try {
		await a.page.getByText(/^Stages of the chain/).click();
		await a.page.getByLabel('New stage').fill(title);
		await a.page.getByRole('button', { name: 'Add stage' }).click();
		await expect(lanes(b.page).last()).toContainText(title);
		await a.page.getByRole('button', { name: `Move ${title} left` }).click();
		await expect(lanes(b.page).nth(-2)).toContainText(title);
		await a.page.getByRole('button', { name: `Remove the stage ${title}` }).click();
		await expect(lanes(b.page).filter({ hasText: title })).toHaveCount(0);
		await expect(lanes(b.page).last()).toContainText('Support institutions');
	} finally {
		await a.context.close();
		await b.context.close();
	}
});

test("a node's link to an objective lands on that objective in the strategy", async ({ browser }) => {
	const a = await openMap(browser, 'demo-coordinator');
	try {
		await a.page.getByLabel('Find on the map').fill('Rail freight');
		await a.page.getByLabel('Find on the map').press('Enter');
		const panel = a.page.getByRole('complementary');
		await panel.getByRole('link', { name: /Objective: Cut the cost of shipping flour/ }).click();
		await expect(a.page).toHaveURL(/\/strategy#o-logistics$/);
		const objective = a.page.locator('#o-logistics');
		await expect(objective).toBeFocused();
		await expect(objective).toBeInViewport();
		await expect(objective.getByRole('link', { name: 'Rail freight (KTZ)' })).toBeVisible();
	} finally {
		await a.context.close();
	}
});
