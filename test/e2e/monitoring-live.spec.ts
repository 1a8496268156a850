// The monitoring view follows what others do, without a reload: a coordinator records a value of
// 2024 and a reviewer's open view shows it (as not approved); the coordinator submits 2024, the
// reviewer approves it, and the year is locked for recording while its figures count as approved.
// Uses the flour plan's year 2024 only: the demo seeds values up to 2022 and other specs keep to
// other plans and years.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { login } from './login';
import { badge } from './map';
import { flourPlan, type PlanUser } from './plan-pages';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

/** "Cluster members" of the flour plan: annual, measured (not a formula). */
const members = 'i-4';
const monitoringUrl = `/c/${flourPlan}/p/${flourPlan}/monitoring`;

let users: PlanUser[] = [];

test.afterEach(async () => {
	for (const user of users) await user.context.close();
	users = [];
});

/** A new browser context signed in as `username` on the flour plan's monitoring view, live. */
async function openMonitoring(browser: Browser, username: string): Promise<Page> {
	const context = await browser.newContext();
	const page = await context.newPage();
	users.push({ context, page });
	await login(page, username);
	await page.goto(monitoringUrl);
	// Reviewers and coordinators read the plan: nothing of theirs is saved, it is up to date.
	await expect(badge(page)).toHaveText('Online, up to date');
	await expect(page.getByTestId('monitoring-feed')).toHaveText('Live figures');
	return page;
}

const indicator = (page: Page) => page.locator(`article[id="${members}"]`);
const yearCard = (page: Page, year: number) => page.locator(`li[data-year="${year}"]`);
/** The row of a year in an indicator's table of figures. */
const figureRow = (page: Page, year: number) =>
	indicator(page)
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader', { name: String(year) }) });

async function record(page: Page, year: number, value: string, note: string) {
	const form = indicator(page).getByRole('form', { name: 'Record a value' });
	await form.getByLabel('Year').selectOption(String(year));
	await form.getByLabel('Period').selectOption(String(year));
	await form.getByLabel(/^Value/).fill(value);
	await form.getByLabel('Note').fill(note);
	await form.getByRole('button', { name: 'Record' }).click();
	await expect(form.getByRole('status')).toHaveText(`Recorded for ${year}.`);
}

test("a value a coordinator records appears in a reviewer's open monitoring view without reload", async ({
	browser
}) => {
	const reviewer = await openMonitoring(browser, 'demo-reviewer');
	await reviewer.getByRole('switch', { name: 'Include unapproved figures' }).check();
	await expect(figureRow(reviewer, 2024)).toHaveCount(0);
	// The reviewer reads; only those who record see the form.
	await expect(indicator(reviewer).getByRole('form', { name: 'Record a value' })).toHaveCount(0);

	const coordinator = await openMonitoring(browser, 'demo-coordinator');
	await record(coordinator, 2024, '23.7', 'Two new mills joined');

	await expect(figureRow(reviewer, 2024)).toContainText('23.7');
	await expect(figureRow(reviewer, 2024)).toContainText('not approved');
	await expect(indicator(reviewer)).toContainText('23.7 for 2024, by Saule Coordinator');
	await expect(yearCard(reviewer, 2024)).toContainText('In progress');
});

test('the reviewer approves the submitted year: it locks for recording and its figures count as approved', async ({
	browser
}) => {
	const coordinator = await openMonitoring(browser, 'demo-coordinator');
	const reviewer = await openMonitoring(browser, 'demo-reviewer');
	await record(coordinator, 2024, '24.2', 'Register checked');
	// Approved figures only (the default): the reviewer sees nothing of 2024 yet.
	await expect(reviewer.getByRole('switch', { name: 'Include unapproved figures' })).not.toBeChecked();
	await expect(figureRow(reviewer, 2024)).toHaveCount(0);

	await yearCard(coordinator, 2024).getByRole('button', { name: 'Submit for review 2024' }).click();
	await expect(yearCard(coordinator, 2024)).toContainText('Submitted');
	// The reviewer's open view hears of the submission and offers the review steps.
	await expect(yearCard(reviewer, 2024)).toContainText('Submitted by Saule Coordinator');
	await yearCard(reviewer, 2024).getByRole('button', { name: 'Approve 2024' }).click();
	await expect(yearCard(reviewer, 2024)).toContainText('Approved · locked');

	// The coordinator's open view shows the year approved and will not take a 2024 value.
	await expect(yearCard(coordinator, 2024)).toContainText('Approved · locked');
	await expect(yearCard(coordinator, 2024)).toContainText('Approved by Dana Reviewer (KIDI)');
	const form = indicator(coordinator).getByRole('form', { name: 'Record a value' });
	await form.getByLabel('Year').selectOption('2024');
	await expect(form.getByRole('button', { name: 'Record' })).toBeDisabled();
	await expect(form).toContainText('2024 is approved and locked');
	// The server refuses it all the same, as it would a value posted from another system.
	const refused = await coordinator.request.post(`/api/plans/${flourPlan}/indicators/${members}/values`, {
		data: { period: '2024', value: 25, note: 'too late' }
	});
	expect(refused.status()).toBe(409);
	expect((await refused.json()).rows[0].code).toBe('period_locked');

	// Approved now, the figure shows with unapproved figures left out, and is not marked.
	await expect(figureRow(reviewer, 2024)).toContainText('24.2');
	await expect(figureRow(reviewer, 2024)).not.toContainText('not approved');

	// 24.2 corrected the 23.7 of the test before: that value is kept, with who recorded it and why.
	const corrected = indicator(reviewer).locator('details', { hasText: 'Corrected values (1)' });
	await corrected.getByText('Corrected values (1)').click();
	await expect(corrected.getByRole('row').nth(1)).toContainText('23.7');
	await expect(corrected.getByRole('row').nth(1)).toContainText('Two new mills joined');
	await expect(corrected.getByRole('row').nth(1)).toContainText('Saule Coordinator');
});

test('the monitoring view, for those who record and for reviewers, has no serious or critical accessibility violation', async ({
	browser
}) => {
	const coordinator = await openMonitoring(browser, 'demo-coordinator');
	await coordinator.getByRole('switch', { name: 'Include unapproved figures' }).check();
	await coordinator.getByText('How the status is decided').click();
	expect(await seriousViolations(coordinator)).toEqual([]);
	const reviewer = await openMonitoring(browser, 'demo-reviewer');
	expect(await seriousViolations(reviewer)).toEqual([]);
});
