// Everything the strategy outline offers, done with the keyboard alone: add and name a line, an
// objective and actions, walk and reorder rows, indent and outdent, open and write a description,
// remove with confirmation (or cancel it), and undo. After each step the outline's order and the
// focused element are where a keyboard user expects them.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { login } from './login';
import {
	childIds,
	descriptionEditor,
	descriptionPreview,
	detailsOf,
	focusedRowId,
	handleOf,
	outlineItem,
	outlineToolbar,
	removeLines,
	rowOf,
	showTab,
	storedPlan,
	tabTo,
	titleOf,
	uniqueTag
} from './plan-pages';

test.describe.configure({ timeout: 120_000 });

let lines: string[] = [];

test.afterEach(async ({ browser, page }) => {
	await page.close();
	await removeLines(browser, lines);
	lines = [];
});

/** The start and end of the text selected in a field. */
function selection(field: Locator) {
	return field.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd]);
}

/**
 * Presses Enter on a focused "Add …" control and checks the new row: its title field has the
 * focus with the placeholder title selected, so typing replaces it. Types `title` and Enter, and
 * returns the new row's id once the server stores the name.
 */
async function addByEnter(page: Page, placeholder: string, title: string): Promise<string> {
	await page.keyboard.press('Enter');
	const input = page.locator('li[data-row] .title input:focus');
	await expect(input).toHaveValue(placeholder);
	expect(await selection(input)).toEqual([0, placeholder.length]);
	const id = (await focusedRowId(page))!;
	await page.keyboard.type(title);
	await page.keyboard.press('Enter');
	await expect(titleOf(page, id)).toBeFocused();
	await expect(titleOf(page, id)).toHaveValue(title);
	await expect
		.poll(async () => outlineItem(await storedPlan(page), id)?.title.en, { message: 'the name is stored' })
		.toBe(title);
	return id;
}

test('every action on the strategy outline works from the keyboard alone', async ({ page }) => {
	await login(page, 'demo-member');
	await showTab(page, 'strategy');
	const unique = uniqueTag();

	// A line: Tab from the top of the page to "Add strategic line", Enter, type its name, Enter.
	await tabTo(page, outlineToolbar(page).getByRole('button', { name: 'Add strategic line' }));
	const line = await addByEnter(page, 'New strategic line', `Keys line ${unique}`);
	lines.push(line);
	await expect(rowOf(page, line)).toHaveAttribute('aria-label', `Strategic line: Keys line ${unique}`);

	// An objective and two actions under it, each through its parent's button, reached by Tab.
	await tabTo(page, rowOf(page, line).getByRole('button', { name: 'Add objective' }));
	const objective = await addByEnter(page, 'New objective', `Keys objective ${unique}`);
	expect(await childIds(page, line)).toEqual([objective]);
	await tabTo(page, rowOf(page, objective).getByRole('button', { name: 'Add action' }));
	const first = await addByEnter(page, 'New action', `Keys first action ${unique}`);
	await tabTo(page, rowOf(page, objective).getByRole('button', { name: 'Add action' }), { backward: true });
	const second = await addByEnter(page, 'New action', `Keys second action ${unique}`);
	expect(await childIds(page, objective)).toEqual([first, second]);
	// A second objective, to indent and outdent later.
	await tabTo(page, rowOf(page, line).getByRole('button', { name: 'Add objective' }), { backward: true });
	const other = await addByEnter(page, 'New objective', `Keys other objective ${unique}`);
	expect(await childIds(page, line)).toEqual([objective, other]);

	// Arrows walk the handles; Alt+↑ moves the second action above the first, keeping the focus on it.
	await tabTo(page, handleOf(page, other), { backward: true });
	await page.keyboard.press('ArrowUp');
	await expect(handleOf(page, second)).toBeFocused();
	await page.keyboard.press('Alt+ArrowUp');
	await expect.poll(() => childIds(page, objective)).toEqual([second, first]);
	await expect(handleOf(page, second)).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(handleOf(page, first)).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(handleOf(page, other)).toBeFocused();

	// Alt+→ makes the other objective an action of the one above; Alt+← makes it an objective again.
	await page.keyboard.press('Alt+ArrowRight');
	await expect.poll(() => childIds(page, objective)).toEqual([second, first, other]);
	expect(await childIds(page, line)).toEqual([objective]);
	await expect(rowOf(page, other)).toHaveAttribute('aria-label', `Action: Keys other objective ${unique}`);
	await expect(handleOf(page, other)).toBeFocused();
	await page.keyboard.press('Alt+ArrowLeft');
	await expect.poll(() => childIds(page, line)).toEqual([objective, other]);
	expect(await childIds(page, objective)).toEqual([second, first]);
	await expect(rowOf(page, other)).toHaveAttribute('aria-label', `Objective: Keys other objective ${unique}`);
	await expect(handleOf(page, other)).toBeFocused();

	// Details open with Enter; the description becomes an editor with Enter on "Edit description".
	await page.keyboard.press('ArrowUp');
	await expect(handleOf(page, first)).toBeFocused();
	const details = rowOf(page, first).getByRole('button', { name: /^Details/ });
	await tabTo(page, details);
	await page.keyboard.press('Enter');
	await expect(detailsOf(page, first)).toBeVisible();
	await expect(rowOf(page, first).getByRole('button', { name: /^Hide details/ })).toHaveAttribute(
		'aria-expanded',
		'true'
	);
	await tabTo(page, detailsOf(page, first).getByRole('button', { name: /^Edit description/ }));
	await page.keyboard.press('Enter');
	const editor = descriptionEditor(page, first);
	await expect(editor).toBeFocused();
	const description = `Written by keys ${unique}`;
	await page.keyboard.type(description);
	// Tab leaves the editor (it does not indent): the text stays, shown as the static description.
	await page.keyboard.press('Tab');
	await expect(editor).toHaveCount(0);
	await expect(detailsOf(page, first).getByLabel('Owner')).toBeFocused();
	await expect(descriptionPreview(page, first)).toHaveText(description);
	await expect
		.poll(async () => outlineItem(await storedPlan(page), first)?.description.en, {
			message: 'the description is stored'
		})
		.toBe(description);

	// Delete asks first; Escape cancels and gives the focus back to the handle.
	await tabTo(page, handleOf(page, first), { backward: true });
	await page.keyboard.press('Delete');
	const dialog = page.getByRole('dialog', { name: `Remove Action “Keys first action ${unique}”?` });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(handleOf(page, first)).toBeFocused();
	expect(await childIds(page, objective)).toEqual([second, first]);

	// Delete again, Shift+Tab to "Remove", Enter: the row goes and the focus moves to the next row.
	await page.keyboard.press('Delete');
	await expect(dialog).toBeVisible();
	await page.keyboard.press('Shift+Tab');
	await expect(dialog.getByRole('button', { name: 'Remove' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(dialog).toBeHidden();
	await expect.poll(() => childIds(page, objective)).toEqual([second]);
	await expect(handleOf(page, other)).toBeFocused();
	await expect
		.poll(async () => outlineItem(await storedPlan(page), first), { message: 'the removal is stored' })
		.toBeUndefined();

	// Ctrl+Z brings it back where it was, with its description.
	await page.keyboard.press('Control+z');
	await expect.poll(() => childIds(page, objective)).toEqual([second, first]);
	await expect(titleOf(page, first)).toHaveValue(`Keys first action ${unique}`);
	await expect
		.poll(async () => outlineItem(await storedPlan(page), first)?.description.en, {
			message: 'the restored action is stored with its description'
		})
		.toBe(description);
});
