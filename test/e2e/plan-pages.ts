// Shared steps of the strategy, projects and comments specs: open a plan page live as a demo
// account, find outline rows and their parts, read what the server stored, and take out what a
// test added so the other specs see the demo plans as they were.
import { expect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import * as Y from 'yjs';
import {
	isPlanError,
	removeLine,
	removeProject,
	snapshot,
	type Action,
	type Line,
	type Objective,
	type PlanData
} from '../../src/lib/plan';
import { login } from './login';
import { badge, changePlan, live, uniqueName } from './map';

/** The flour cluster's plan; demo plans have their cluster's id. */
export const flourPlan = 'flour-kostanay';

export type PlanUser = { context: BrowserContext; page: Page };
export type PlanTabName = 'strategy' | 'projects' | 'funding' | 'indicators' | 'map';

/** The address of a plan's tab; each demo plan sits in the cluster of the same id. */
export function tabUrl(tab: PlanTabName, plan = flourPlan): string {
	return `/c/${plan}/p/${plan}/${tab}`;
}

/** A short token no other test (or earlier run) uses, to mark what a test adds. */
export function uniqueTag(): string {
	return uniqueName('').trim();
}

/** Opens a plan tab and waits until the live plan is synced (for an editor or a read-only role). */
export async function showTab(page: Page, tab: PlanTabName, plan = flourPlan): Promise<void> {
	await page.goto(tabUrl(tab, plan));
	await expect(badge(page)).toHaveText(live);
}

/** A new browser context signed in as `username`, on a plan tab, live. */
export async function openTab(
	browser: Browser,
	username: string,
	tab: PlanTabName,
	plan = flourPlan
): Promise<PlanUser> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await login(page, username);
	await showTab(page, tab, plan);
	return { context, page };
}

/** The plan as the server stored it, read through the JSON API with the page's own session. */
export async function storedPlan(page: Page, plan = flourPlan): Promise<PlanData> {
	const response = await page.request.get(`/api/plans/${plan}`);
	expect(response.status()).toBe(200);
	return (await response.json()) as PlanData;
}

type OutlineItem = Line | Objective | Action;

/** A line, objective or action of a stored plan by id. */
export function outlineItem(plan: PlanData, id: string): OutlineItem | undefined {
	for (const line of plan.strategy.lines) {
		if (line.id === id) return line;
		for (const objective of line.objectives) {
			if (objective.id === id) return objective;
			const action = objective.actions.find((a) => a.id === id);
			if (action) return action;
		}
	}
	return undefined;
}

// Ids are random UUIDs that may start with a digit, which `#id` selectors cannot name.
const byId = (id: string) => `[id="${id}"]`;

/** The outline's list item of a line, objective or action (its children's items are inside it). */
export function outlineItemOf(page: Page, id: string): Locator {
	return page.locator(`li[data-row]${byId(id)}`);
}

/** The row itself (handle, title, buttons), without the rows nested under it. */
export function rowOf(page: Page, id: string): Locator {
	return outlineItemOf(page, id).locator(':scope > [role="group"]');
}

/** The drag and keyboard handle of a row. */
export function handleOf(page: Page, id: string): Locator {
	return page.locator(byId(`handle-${id}`));
}

/** The title field of a row, in the reader's language. */
export function titleOf(page: Page, id: string): Locator {
	return rowOf(page, id).locator('.title input');
}

/** The opened details of a row: its description and the fields of its kind. */
export function detailsOf(page: Page, id: string): Locator {
	return page.locator(byId(`details-${id}`));
}

/** The ids of the rows directly under `parentId` (objectives of a line, actions of an objective). */
export function childIds(page: Page, parentId: string): Promise<string[]> {
	return outlineItemOf(page, parentId)
		.locator(':scope > ol > li[data-row]')
		.evaluateAll((items) => items.map((item) => item.id));
}

/** The id of the outline row holding the focused element, or null. */
export function focusedRowId(page: Page): Promise<string | null> {
	return page.evaluate(() => document.activeElement?.closest('li[data-row]')?.id ?? null);
}

/** The outline's toolbar. */
export function outlineToolbar(page: Page): Locator {
	return page.getByRole('toolbar', { name: 'Outline' });
}

/**
 * Names the new row whose title field has just taken the focus (after an "Add …" button) and
 * returns its id once the server stores it under that name.
 */
export async function nameNewRow(page: Page, title: string): Promise<string> {
	const input = page.locator('li[data-row] .title input:focus');
	await expect(input).toHaveCount(1);
	const id = (await focusedRowId(page))!;
	await input.fill(title);
	await input.press('Enter');
	await expect
		.poll(async () => outlineItem(await storedPlan(page), id)?.title.en, {
			message: `the server stores the new row "${title}"`
		})
		.toBe(title);
	return id;
}

/** Adds a strategic line with the toolbar button and names it; returns its id. */
export async function addLine(page: Page, title: string): Promise<string> {
	await outlineToolbar(page).getByRole('button', { name: 'Add strategic line' }).click();
	return nameNewRow(page, title);
}

/** Adds an objective to a line, or an action to an objective, with the row's button; returns its id. */
export async function addChild(page: Page, parentId: string, title: string): Promise<string> {
	await rowOf(page, parentId)
		.getByRole('button', { name: /^Add (objective|action)$/ })
		.click();
	return nameNewRow(page, title);
}

/** Opens a row's details (its description and fields) with its "Details" button. */
export async function openDetails(page: Page, id: string): Promise<Locator> {
	await rowOf(page, id)
		.getByRole('button', { name: /^Details/ })
		.click();
	const details = detailsOf(page, id);
	await expect(details).toBeVisible();
	return details;
}

/** The rich-text editor of a row's description, once someone has asked to edit it. */
export function descriptionEditor(page: Page, id: string): Locator {
	return detailsOf(page, id).getByRole('textbox', { name: /^Description of/ });
}

/** The static text of a row's description, shown while nobody on this page edits it. */
export function descriptionPreview(page: Page, id: string): Locator {
	return detailsOf(page, id).getByTestId('rich-preview');
}

/** Turns a row's opened description into its editor with "Edit description"; the editor has the focus. */
export async function editDescription(page: Page, id: string): Promise<Locator> {
	await detailsOf(page, id)
		.getByRole('button', { name: /^Edit description/ })
		.click();
	const editor = descriptionEditor(page, id);
	await expect(editor).toBeFocused();
	return editor;
}

/** The text of a rich-text editor without the peers' carets drawn into it (their names). */
export function editorText(editor: Locator): Promise<string> {
	return editor.evaluate((element) => {
		const copy = element.cloneNode(true) as HTMLElement;
		copy.querySelectorAll('.text-caret').forEach((caret) => caret.remove());
		return copy.textContent ?? '';
	});
}

/**
 * Presses Tab (Shift+Tab with `backward`) until `target` has the focus: proves it is reachable by
 * keyboard from where the focus is. Fails after `max` presses.
 */
export async function tabTo(page: Page, target: Locator, { backward = false, max = 60 } = {}) {
	for (let presses = 0; presses <= max; presses++) {
		if (await target.evaluate((element) => element === document.activeElement)) return;
		await page.keyboard.press(backward ? 'Shift+Tab' : 'Tab');
	}
	throw new Error(`${backward ? 'Shift+Tab' : 'Tab'} does not reach ${target.toString()} in ${max} presses`);
}

/** Changes a plan through a live connection as an editor, and waits until the stored plan passes `done`. */
export async function changeStoredPlan(
	browser: Browser,
	plan: string,
	change: (doc: Y.Doc) => void,
	done: (stored: PlanData) => boolean
): Promise<void> {
	await changePlan(browser, plan, change, async (page) => done(await storedPlan(page, plan)));
}

/**
 * `username` signed in, in a window 1280 px wide whose pages are in `lang` (the language cookie, as
 * the switch sets it), on the flour plan's `tab`.
 */
export async function tabIn(
	browser: Browser,
	username: string,
	lang: 'en' | 'ru' | 'kk',
	tab: PlanTabName = 'strategy'
): Promise<Page> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	await login(page, username);
	const { origin } = new URL(page.url());
	await context.addCookies([{ name: 'PARAGLIDE_LOCALE', value: lang, url: origin }]);
	await page.goto(tabUrl(tab));
	await expect(page.locator('html')).toHaveAttribute('lang', lang);
	return page;
}

/** Takes out of a plan the projects a test added, those with `tag` in a title. */
export async function removeTaggedProjects(browser: Browser, plan: string, tag: string): Promise<void> {
	const mine = (project: PlanData['projects'][number]) =>
		Object.values(project.title).some((title) => title.includes(tag));
	await changeStoredPlan(
		browser,
		plan,
		(doc) =>
			snapshot(doc)
				.projects.filter(mine)
				.forEach((project) => removeProject(doc, project.id)),
		(stored) => !stored.projects.some(mine)
	);
}

/** Takes the strategic lines `ids` (with what is under them) out of a plan, those still there. */
export async function removeLines(browser: Browser, ids: string[], plan = flourPlan): Promise<void> {
	if (ids.length === 0) return;
	await changeStoredPlan(
		browser,
		plan,
		(doc) => {
			for (const id of ids) {
				try {
					removeLine(doc, id);
				} catch (error) {
					// Already gone (the test removed it, or never got to add it).
					if (!isPlanError(error)) throw error;
				}
			}
		},
		(stored) => !stored.strategy.lines.some((line) => ids.includes(line.id))
	);
}
