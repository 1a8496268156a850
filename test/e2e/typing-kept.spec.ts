// Nobody loses what they typed: a strategy title or a project's title typed and never left reaches
// the others while the typist is still in the field, survives a reload and a closed tab, and the
// badge says "saving" (never "saved") while the typed text is not stored yet.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { addToMap, badge, mapNode, openMap, removeFromPlan, storedNode, uniqueName } from './map';
import {
	addLine,
	openTab,
	outlineItem,
	removeLines,
	removeTaggedProjects,
	storedPlan,
	titleOf,
	uniqueTag,
	type PlanTabName,
	type PlanUser
} from './plan-pages';

test.describe.configure({ timeout: 120_000 });

/** A plan both demo-member and demo-facilitator edit; the projects spec leaves only its own rows. */
const projectsPlan = 'milk-akmola';

let users: PlanUser[] = [];
let lines: string[] = [];
let tag = '';
let mapNames: string[] = [];

async function open(browser: Browser, username: string, tab: PlanTabName, plan?: string): Promise<PlanUser> {
	const user = await openTab(browser, username, tab, plan);
	users.push(user);
	return user;
}

test.afterEach(async ({ browser }) => {
	for (const user of users) await user.context.close();
	users = [];
	await removeLines(browser, lines);
	lines = [];
	await removeFromPlan(browser, mapNames);
	mapNames = [];
	if (!tag) return;
	await removeTaggedProjects(browser, projectsPlan, tag);
	tag = '';
});

/** A new strategic line named `title`, with the caret at the end of its title field. */
async function lineToType(page: Page, title: string): Promise<string> {
	const id = await addLine(page, title);
	lines.push(id);
	const field = titleOf(page, id);
	await field.click();
	await field.press('End');
	return id;
}

test('a strategy title typed and never left reaches the others live and survives a reload; the badge says saving until it is stored', async ({
	browser
}) => {
	const a = await open(browser, 'demo-member', 'strategy');
	const b = await open(browser, 'demo-facilitator', 'strategy');
	tag = uniqueTag();
	const title = `Typed line ${tag}`;
	const id = await lineToType(a.page, title);

	await a.page.keyboard.type(' live');
	await expect(badge(a.page)).toHaveText('Online, saving…');
	// The other member sees it while the typist is still in the field.
	await expect(titleOf(b.page, id)).toHaveValue(`${title} live`);
	await expect(titleOf(a.page, id)).toBeFocused();
	await expect(badge(a.page)).toHaveText('Online, saved');

	// Typed, and at once the page reloads: nothing is lost.
	await a.page.keyboard.type(' kept');
	await a.page.reload();
	await expect(titleOf(a.page, id)).toHaveValue(`${title} live kept`);
	await expect(badge(a.page)).toHaveText('Online, saved');
	await expect
		.poll(async () => outlineItem(await storedPlan(a.page), id)?.title.en, { message: 'the server has it' })
		.toBe(`${title} live kept`);
	await expect(titleOf(b.page, id)).toHaveValue(`${title} live kept`);
});

test('a strategy title typed just before the tab is closed is there when the plan opens again', async ({
	browser
}) => {
	const a = await open(browser, 'demo-member', 'strategy');
	tag = uniqueTag();
	const title = `Closed tab ${tag}`;
	const id = await lineToType(a.page, title);

	await a.page.keyboard.type(' typed');
	await a.page.close({ runBeforeUnload: true });
	await expect.poll(() => a.page.isClosed(), { message: 'the tab closes' }).toBe(true);

	const again = await a.context.newPage();
	await again.goto(`/c/flour-kostanay/p/flour-kostanay/strategy`);
	await expect(titleOf(again, id)).toHaveValue(`${title} typed`);
	await expect(badge(again)).toHaveText('Online, saved');
	await expect
		.poll(async () => outlineItem(await storedPlan(again), id)?.title.en, { message: 'the server has it' })
		.toBe(`${title} typed`);
});

test('a title typed past its length is refused as it is typed, stored nowhere, and the badge does not call it saved', async ({
	browser
}) => {
	const a = await open(browser, 'demo-member', 'strategy');
	tag = uniqueTag();
	const title = `Long line ${tag}`;
	const id = await lineToType(a.page, title);
	const field = titleOf(a.page, id);

	await field.fill('x'.repeat(501));
	await expect(a.page.getByRole('alert')).toHaveText('This text cannot be saved.');
	await expect(field).toBeFocused();
	await expect(badge(a.page)).toHaveText('Online, saving…');
	expect(outlineItem(await storedPlan(a.page), id)?.title.en).toBe(title);

	// Escape puts the title back: nothing is left to save.
	await field.press('Escape');
	await expect(field).toHaveValue(title);
	await expect(a.page.getByRole('alert')).toHaveCount(0);
	await expect(badge(a.page)).toHaveText('Online, saved');
});

test("a project's title typed in its cell and never left reaches the others live and survives a reload", async ({
	browser
}) => {
	const a = await open(browser, 'demo-member', 'projects', projectsPlan);
	const b = await open(browser, 'demo-facilitator', 'projects', projectsPlan);
	tag = uniqueTag();
	const title = `Typed project ${tag}`;
	const table = (page: Page) => page.getByRole('table', { name: 'Projects of the plan' });
	const row = (page: Page) =>
		table(page)
			.getByRole('row')
			.filter({ has: page.locator('th[data-col="title"]', { hasText: title }) });

	// A new project's title cell opens for typing at once, with "New project" selected.
	await a.page.getByRole('button', { name: 'Add a project' }).click();
	const field = table(a.page).locator('th[data-col="title"] .cell-editor input');
	await expect(field).toBeFocused();
	await a.page.keyboard.type(title);
	await expect(badge(a.page)).toHaveText('Online, saving…');
	await expect(row(b.page)).toHaveCount(1);
	await expect(field).toBeFocused();
	await expect(field).toHaveValue(title);
	await expect(badge(a.page)).toHaveText('Online, saved');

	await a.page.keyboard.type(' kept');
	await a.page.reload();
	await expect(badge(a.page)).toHaveText('Online, saved');
	await expect(row(a.page).locator('th[data-col="title"]')).toContainText(`${title} kept`);
	await expect(row(b.page).locator('th[data-col="title"]')).toContainText(`${title} kept`);
	await expect
		.poll(async () =>
			(await storedPlan(a.page, projectsPlan)).projects.some((p) => p.title.en === `${title} kept`)
		)
		.toBe(true);
});

test("a firm's name typed in the map's side panel and never left reaches the others live and survives a reload", async ({
	browser
}) => {
	const a = await openMap(browser, 'demo-member');
	users.push(a);
	const b = await openMap(browser, 'demo-facilitator');
	users.push(b);
	const name = uniqueName('Typed mill');
	mapNames.push(name, `${name} live`, `${name} live kept`);
	await addToMap(a.page, name);
	const field = a.page.getByRole('complementary').getByLabel('Name of the firm or institution');
	await field.click();
	await field.press('End');

	await a.page.keyboard.type(' live');
	await expect(badge(a.page)).toHaveText('Online, saving…');
	await expect(mapNode(b.page, `${name} live`)).toHaveCount(1);
	await expect(field).toBeFocused();

	await a.page.keyboard.type(' kept');
	await a.page.reload();
	await expect(mapNode(a.page, `${name} live kept`)).toHaveCount(1);
	await expect(mapNode(b.page, `${name} live kept`)).toHaveCount(1);
	expect((await storedNode(a.page, `${name} live kept`)).label).toBe(`${name} live kept`);
});
