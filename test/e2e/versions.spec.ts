// Versions and the KIDI review end to end, on the pharmaceutical cluster's plan (no other spec edits
// it): a facilitator saves v1, cuts a project's budget and adds an action, saves v2 and submits it;
// the reviewer opens the diff v1 → v2, sees exactly those two changes and requests changes with a
// comment; the facilitator sees the comment in the list and in the plan's decision banner; then
// restores v1 while a second browser has the projects page open, which shows v1's content live.
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { login, newAccount } from './login';
import {
	focusedRowId,
	openTab,
	outlineItem,
	rowOf,
	showTab,
	storedPlan,
	uniqueTag,
	type PlanUser
} from './plan-pages';

test.describe.configure({ timeout: 180_000 });

const plan = 'pharma-south-kazakhstan';
const versionsUrl = `/c/${plan}/p/${plan}/versions`;
const reviewerName = 'Dana Reviewer (KIDI)';

// How the pages write tenge and percentages in English.
const tenge = new Intl.NumberFormat('en', {
	style: 'currency',
	currency: 'KZT',
	currencyDisplay: 'narrowSymbol',
	maximumFractionDigits: 0
}).format;
const percent = new Intl.NumberFormat('en', {
	style: 'percent',
	maximumFractionDigits: 1,
	signDisplay: 'exceptZero'
}).format;

/** The demo has no facilitator of this cluster: a new account is made one by the admin. */
async function newFacilitator(browser: Browser, displayName: string): Promise<string> {
	const username = await newAccount(browser, displayName);
	const context = await browser.newContext();
	const admin = await context.newPage();
	await login(admin, 'demo-admin');
	await admin.goto(`/c/${plan}`);
	const add = admin.locator('form[action="?/addMember"]');
	await add.getByLabel('Username').fill(username);
	await add.getByLabel('Role').selectOption('facilitator');
	await add.getByRole('button', { name: 'Add member' }).click();
	await expect(admin.getByRole('row', { name: new RegExp(displayName) })).toBeVisible();
	await context.close();
	return username;
}

/** The card of version `number` in the list. */
function card(page: Page, number: number): Locator {
	return page
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { name: new RegExp(`^v${number} `) }) });
}

/** Saves the plan as it is now under `label` from the versions page; returns the new number. */
async function saveVersion(page: Page, label: string): Promise<number> {
	await page.goto(versionsUrl);
	await page.getByLabel('Label').fill(label);
	await page.getByRole('button', { name: 'Save version' }).click();
	const saved = page.getByRole('status').filter({ hasText: /^Saved as v\d+\.$/ });
	await expect(saved).toBeVisible();
	const number = Number(/v(\d+)/.exec((await saved.textContent())!)![1]);
	await expect(card(page, number).getByRole('heading')).toHaveText(`v${number} ${label}`);
	return number;
}

/** Adds an action to an objective on the strategy page and names it; returns its id once stored. */
async function addAction(page: Page, objectiveId: string, title: string): Promise<string> {
	await rowOf(page, objectiveId).getByRole('button', { name: 'Add action' }).click();
	const input = page.locator('li[data-row] .title input:focus');
	await expect(input).toHaveCount(1);
	const id = (await focusedRowId(page))!;
	await input.fill(title);
	await input.press('Enter');
	await expect
		.poll(async () => outlineItem(await storedPlan(page, plan), id)?.title.en, {
			message: 'the server stores the new action'
		})
		.toBe(title);
	return id;
}

/** The budget cell of a project's row on the projects page. */
function budgetCell(page: Page, projectId: string): Locator {
	return page.locator(`tr[data-project="${projectId}"] td[data-col="budget"]`);
}

let users: PlanUser[] = [];
test.afterEach(async () => {
	for (const user of users) await user.context.close();
	users = [];
});

test('a version is saved, changed, submitted, reviewed on its diff, and restored live for everyone', async ({
	browser
}) => {
	const tag = uniqueTag();
	const facilitatorName = `Pharma Facilitator ${tag}`;
	const facilitator = await openTab(
		browser,
		await newFacilitator(browser, facilitatorName),
		'projects',
		plan
	);
	users.push(facilitator);
	const { page } = facilitator;

	// The project whose budget is cut by a fifth, and the objective that gets a new action.
	const start = await storedPlan(page, plan);
	// One funding line, so its budget is typed whole in the projects table.
	const project = start.projects.find((p) => p.budget > 0 && p.budget % 5 === 0 && p.funding.length === 1)!;
	const cut = project.budget * 0.8;
	const objective = start.strategy.lines[0]!.objectives[0]!;
	const actionNumber = `1.1.${objective.actions.length + 1}`;
	const actionTitle = `Train inspectors ${tag}`;

	const v1Label = `Before the review ${tag}`;
	const v1 = await saveVersion(page, v1Label);

	// The facilitator edits the live plan on its pages.
	await showTab(page, 'projects', plan);
	const budget = budgetCell(page, project.id);
	await budget.focus();
	await page.keyboard.press('Enter');
	const field = budget.locator('.cell-editor input');
	await expect(field).toBeFocused();
	await field.fill(String(cut));
	await field.press('Enter');
	await expect(budget).toContainText(tenge(cut));
	await expect
		.poll(async () => (await storedPlan(page, plan)).projects.find((p) => p.id === project.id)?.budget, {
			message: 'the server stores the new budget'
		})
		.toBe(cut);
	await showTab(page, 'strategy', plan);
	const actionId = await addAction(page, objective.id, actionTitle);

	const v2Label = `For KIDI ${tag}`;
	const v2 = await saveVersion(page, v2Label);
	expect(v2).toBeGreaterThan(v1);
	await card(page, v2)
		.getByRole('button', { name: `Submit for review v${v2}` })
		.click();
	await expect(
		page.getByRole('status').filter({ hasText: `v${v2} is now “Submitted for review”` })
	).toBeVisible();
	await expect(card(page, v2).getByText('Submitted for review', { exact: true })).toBeVisible();

	// The reviewer compares v1 with v2 from the list.
	const reviewer = await openTab(browser, 'demo-reviewer', 'projects', plan);
	users.push(reviewer);
	const review = reviewer.page;
	await review.goto(versionsUrl);
	const compare = card(review, v2);
	await compare.getByLabel(`Compare v${v2} with`).selectOption({ label: `v${v1} · ${v1Label}` });
	await compare.getByRole('button', { name: `Compare v${v2}` }).click();
	await expect(review).toHaveURL(new RegExp(`/versions/${v1}/diff/${v2}$`));
	await expect(review.getByRole('heading', { name: `Changes from v${v1} to v${v2}` })).toBeVisible();

	// Exactly the two changes: the budget (−20 %) and the new action, numbered.
	await expect(review.getByTestId('diff-total')).toHaveText('Changes in total: 2');
	const counts = review.getByRole('table', { name: 'Changes by section' });
	await expect(counts.locator('tbody tr')).toHaveCount(2);
	await expect(counts.getByRole('row', { name: /^Strategy/ })).toHaveText(/Strategy\s*1\s*0\s*0\s*0\s*1/);
	await expect(counts.getByRole('row', { name: /^Projects/ })).toHaveText(/Projects\s*0\s*0\s*1\s*0\s*1/);
	const changes = review.locator('li[data-kind]');
	await expect(changes).toHaveCount(2);
	const added = review.getByTestId(`change-actions:${actionId}`);
	await expect(added).toHaveAttribute('data-kind', 'added');
	await expect(added.locator('p').first()).toHaveText(
		new RegExp(`^\\W*Action ${actionNumber}\\s“${actionTitle}” added$`)
	);
	// The budget is the sum of the lines: its one line tells the cut, named by the project.
	const changed = review.getByTestId(`change-funding:${project.funding[0]!.id}`);
	await expect(changed).toHaveAttribute('data-kind', 'changed');
	await expect(changed.locator('p').first()).toContainText(
		`Funding line of project “${project.title.en}” changed`
	);
	const lines = changed.getByRole('listitem');
	await expect(lines).toHaveCount(1);
	// "Amount: ₸80,000,000 → ₸64,000,000 (−20%)", the arrow also said in words for screen readers.
	const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	await expect(lines).toHaveText(
		new RegExp(
			`^Amount:\\s*${escape(tenge(project.budget))}\\s*→\\s*(changed to)?\\s*${escape(tenge(cut))}\\s*\\(${escape(percent(-0.2))}\\)$`
		)
	);

	// …and asks for changes, saying which.
	const comment = `Justify the cut of the laboratory budget ${tag}`;
	const reviewSection = review.getByRole('region', { name: `Review of v${v2}` });
	await reviewSection.getByLabel('Comment').fill(comment);
	await reviewSection.getByRole('button', { name: `Request changes v${v2}` }).click();
	await expect(
		review.getByRole('status').filter({ hasText: `v${v2} is now “Changes requested”` })
	).toBeVisible();

	// The facilitator sees the decision and the comment in the list and on every page of the plan.
	await page.goto(versionsUrl);
	await expect(card(page, v2).getByText('Changes requested', { exact: true })).toBeVisible();
	await expect(card(page, v2)).toContainText(`Changes requested by ${reviewerName}`);
	await expect(card(page, v2)).toContainText(comment);
	const banner = page.getByRole('complementary', { name: 'Latest review decision' });
	await expect(banner).toContainText(`Changes requested on v${v2} “${v2Label}” by ${reviewerName}`);
	await expect(banner).toContainText(comment);
	await showTab(page, 'projects', plan);
	await expect(banner).toContainText(comment);

	// A second browser watches the projects page while the facilitator restores v1.
	await showTab(review, 'projects', plan);
	await expect(budgetCell(review, project.id)).toContainText(tenge(cut));
	await review.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

	await page.goto(versionsUrl);
	await card(page, v1)
		.getByRole('button', { name: `Restore v${v1}` })
		.click();
	const dialog = page.getByRole('dialog', { name: `Restore v${v1}?` });
	await expect(dialog).toContainText('nothing is lost');
	await dialog.getByRole('button', { name: `Restore v${v1}` }).click();
	const restored = page.getByRole('status').filter({ hasText: `v${v1} is now the live plan.` });
	await expect(restored).toBeVisible();
	const kept = Number(/kept as v(\d+)/.exec((await restored.textContent())!)![1]);
	await expect(card(page, kept)).toContainText(`Kept before restoring v${v1}`);

	await expect(budgetCell(review, project.id)).toContainText(tenge(project.budget));
	expect(await review.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(
		true
	);
	const after = await storedPlan(review, plan);
	expect(after.projects.find((p) => p.id === project.id)!.budget).toBe(project.budget);
	const actions = after.strategy.lines[0]!.objectives[0]!.actions.map((a) => a.id);
	expect(actions).not.toContain(actionId);
	expect(actions).toEqual(objective.actions.map((a) => a.id));
});
