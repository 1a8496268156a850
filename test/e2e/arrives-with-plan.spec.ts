// A plan page opened from a link arrives with the stored plan and draws it at once, before its
// socket has synced: here the socket never reaches the server at all, yet the outline and the
// projects are there, and nothing the page arrived with is counted as the reader's own edit.
import { expect, test, type Page } from '@playwright/test';
import { login } from './login';
import { badge } from './map';
import { flourPlan, handleOf, storedPlan, tabUrl } from './plan-pages';

/** Holds the page's socket to the collaboration server: it opens, and nothing ever comes back. */
async function silenceTheSocket(page: Page): Promise<void> {
	await page.routeWebSocket(/\/collab/, () => {});
}

test('the strategy and projects pages draw the stored plan before the socket has said a word', async ({
	browser
}) => {
	const context = await browser.newContext();
	const page = await context.newPage();
	await login(page, 'demo-member');
	const plan = await storedPlan(page, flourPlan);
	await silenceTheSocket(page);

	await page.goto(tabUrl('strategy'));
	for (const line of plan.strategy.lines) await expect(handleOf(page, line.id)).toBeVisible();
	// Not live: the page knows it has not synced, and has nothing of its own waiting to be sent.
	await expect(badge(page)).toHaveText(/Online, syncing/);

	await page.goto(tabUrl('projects'));
	await expect(page.locator('tr[data-project]')).toHaveCount(plan.projects.length);
	const first = plan.projects[0]!;
	await expect(page.locator(`tr[data-project="${first.id}"]`)).toContainText(first.title.en!);
	await expect(badge(page)).toHaveText(/Online, syncing/);
	await context.close();
});
