// Two members on the strategy page at once: typing into the same description character by
// character keeps both texts, and a reorder (by keys or by drag) meeting a rename of the same
// action ends with the same order and names everywhere, stored and after a reload. Each test works
// in a strategic line it adds itself, so the demo outline other specs read stays as it was.
import { expect, test, type Browser, type Page } from '@playwright/test';
import {
	addChild,
	addLine,
	childIds,
	descriptionEditor,
	descriptionPreview,
	editDescription,
	editorText,
	handleOf,
	openDetails,
	openTab,
	outlineItem,
	removeLines,
	rowOf,
	showTab,
	storedPlan,
	titleOf,
	uniqueTag,
	type PlanUser
} from './plan-pages';

// Two browsers against one server, each building its outline through the page: the default minute
// is tight when the machine is busy.
test.describe.configure({ timeout: 120_000 });

let users: PlanUser[] = [];
let lines: string[] = [];

async function open(browser: Browser, username: string): Promise<PlanUser> {
	const user = await openTab(browser, username, 'strategy');
	users.push(user);
	return user;
}

test.afterEach(async ({ browser }) => {
	// Contexts first, so that no page still holding a test's edits sends them again afterwards.
	for (const user of users) await user.context.close();
	await removeLines(browser, lines);
	users = [];
	lines = [];
});

/** A line with one objective and the actions named `titles`, added by `page`; returns their ids. */
async function outline(page: Page, unique: string, titles: string[]) {
	const line = await addLine(page, `Collab line ${unique}`);
	lines.push(line);
	const objective = await addChild(page, line, `Collab objective ${unique}`);
	const actions: string[] = [];
	for (const title of titles) actions.push(await addChild(page, objective, title));
	return { line, objective, actions };
}

/** Both pages show the objective's actions in `order`, titled `titles` (by id). */
async function bothShow(pages: Page[], objective: string, order: string[], titles: Record<string, string>) {
	for (const page of pages) {
		await expect
			.poll(() => childIds(page, objective), { message: 'the actions are in order' })
			.toEqual(order);
		for (const [id, title] of Object.entries(titles)) await expect(titleOf(page, id)).toHaveValue(title);
	}
}

/** The server's actions of `objective`, as [id, English title] in order. */
async function storedActions(page: Page, objective: string) {
	const stored = outlineItem(await storedPlan(page), objective);
	return stored && 'actions' in stored ? stored.actions.map((action) => [action.id, action.title.en]) : null;
}

test('two members typing into the same paragraph of a description at once both keep their text', async ({
	browser
}) => {
	const a = await open(browser, 'demo-member');
	const b = await open(browser, 'demo-facilitator');
	const unique = uniqueTag();
	const {
		actions: [action]
	} = await outline(a.page, unique, [`Collab described action ${unique}`]);
	const id = action!;
	await expect(titleOf(b.page, id)).toHaveValue(`Collab described action ${unique}`);

	// A writes the paragraph both will type into; B sees it arrive in the static text.
	const base = `Shared paragraph ${unique}`;
	await openDetails(a.page, id);
	await editDescription(a.page, id);
	await a.page.keyboard.type(base);
	await openDetails(b.page, id);
	await expect(descriptionPreview(b.page, id)).toHaveText(base);
	const editorB = await editDescription(b.page, id);
	await expect.poll(() => editorText(editorB), { message: "B's editor holds A's paragraph" }).toBe(base);
	// Each sees where the other is typing, named.
	await expect(editorB.locator('.text-caret-name')).toHaveText('Bolat Member');
	await expect(descriptionEditor(a.page, id).locator('.text-caret-name')).toHaveText(
		'Juan Facilitator (Infyde)'
	);

	// A types at the end while B types at the start, a few characters at a time each, at once.
	await a.page.keyboard.press('Control+End');
	await b.page.keyboard.press('Control+Home');
	const alpha = ` alpha-${unique}`;
	const beta = `beta-${unique} `;
	const chunks = (text: string) => text.match(/.{1,3}/g)!;
	const [alphaChunks, betaChunks] = [chunks(alpha), chunks(beta)];
	for (let i = 0; i < Math.max(alphaChunks.length, betaChunks.length); i++) {
		await Promise.all([
			a.page.keyboard.type(alphaChunks[i] ?? ''),
			b.page.keyboard.type(betaChunks[i] ?? '')
		]);
	}

	const expected = `${beta}${base}${alpha}`;
	for (const page of [a.page, b.page]) {
		await expect
			.poll(() => editorText(descriptionEditor(page, id)), { message: 'both texts are in the editor' })
			.toBe(expected);
	}
	await expect
		.poll(async () => outlineItem(await storedPlan(a.page), id)?.description.en, {
			message: 'the server stores both texts in the one paragraph'
		})
		.toBe(expected);

	await Promise.all([showTab(a.page, 'strategy'), showTab(b.page, 'strategy')]);
	for (const page of [a.page, b.page]) {
		await openDetails(page, id);
		await expect(descriptionPreview(page, id)).toHaveText(expected);
	}
});

test('a member moving an action by keys while another renames it: same order and names for both', async ({
	browser
}) => {
	const a = await open(browser, 'demo-member');
	const b = await open(browser, 'demo-facilitator');
	const unique = uniqueTag();
	const names = [`First ${unique}`, `Second ${unique}`, `Third ${unique}`];
	const {
		objective,
		actions: [first, second, third]
	} = await outline(a.page, unique, names);
	const ids = [first!, second!, third!];
	await bothShow([a.page, b.page], objective, ids, {});

	// B has typed the new name; A moves the same action down just as B presses Enter.
	const renamed = `Renamed first ${unique}`;
	await handleOf(a.page, first!).focus();
	await titleOf(b.page, first!).fill(renamed);
	await Promise.all([a.page.keyboard.press('Alt+ArrowDown'), titleOf(b.page, first!).press('Enter')]);

	const order = [second!, first!, third!];
	const titles = { [first!]: renamed, [second!]: names[1]!, [third!]: names[2]! };
	// The rename reaches A live, in the row A is moving; A's handle keeps the focus on the moved row.
	await bothShow([a.page, b.page], objective, order, titles);
	await expect(handleOf(a.page, first!)).toBeFocused();
	await expect
		.poll(() => storedActions(a.page, objective), { message: 'the server stores the order and the name' })
		.toEqual(order.map((id) => [id, titles[id]]));

	await Promise.all([showTab(a.page, 'strategy'), showTab(b.page, 'strategy')]);
	await bothShow([a.page, b.page], objective, order, titles);
});

test('a member dragging an action while another renames a second one: both see both changes live', async ({
	browser
}) => {
	const a = await open(browser, 'demo-member');
	const b = await open(browser, 'demo-facilitator');
	const unique = uniqueTag();
	const names = [`Alpha ${unique}`, `Beta ${unique}`, `Gamma ${unique}`];
	const {
		objective,
		actions: [first, second, third]
	} = await outline(a.page, unique, names);
	await bothShow([a.page, b.page], objective, [first!, second!, third!], {});

	// A drops the third action on the top edge of the first (before it), while B renames the second.
	const renamed = `Renamed beta ${unique}`;
	await titleOf(b.page, second!).fill(renamed);
	await Promise.all([
		handleOf(a.page, third!).dragTo(rowOf(a.page, first!), { targetPosition: { x: 40, y: 3 } }),
		titleOf(b.page, second!).press('Enter')
	]);

	const order = [third!, first!, second!];
	const titles = { [first!]: names[0]!, [second!]: renamed, [third!]: names[2]! };
	await bothShow([a.page, b.page], objective, order, titles);
	await expect
		.poll(() => storedActions(b.page, objective), { message: 'the server stores the order and the name' })
		.toEqual(order.map((id) => [id, titles[id]]));

	await Promise.all([showTab(a.page, 'strategy'), showTab(b.page, 'strategy')]);
	await bothShow([a.page, b.page], objective, order, titles);
});
