import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { login } from './login';
import { descriptionPreview, detailsOf, openDetails, showTab } from './plan-pages';

test('the login page has no serious or critical accessibility violation', async ({ page }) => {
	await page.goto('/login');
	expect(await seriousViolations(page)).toEqual([]);
});

test('my clusters and a cluster page have no serious or critical violation', async ({ page }) => {
	await login(page, 'demo-facilitator');
	expect(await seriousViolations(page)).toEqual([]);
	await page.goto('/c/flour-kostanay');
	expect(await seriousViolations(page)).toEqual([]);
	await page.goto('/c/flour-kostanay');
	await page.getByRole('link', { name: /Strategic development plan/ }).click();
	expect(await seriousViolations(page)).toEqual([]);
});

test('the registry pages, with their forms open, have no serious or critical violation', async ({ page }) => {
	// Reads only: the forms are opened and left unsaved.
	await login(page, 'demo-facilitator');
	await page.goto('/c/flour-kostanay/participants');
	await expect(page.getByTestId('participant-row').first()).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
	await page.getByRole('button', { name: 'Add participant' }).click();
	await expect(page.getByLabel('Name (Russian)')).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
	await page.keyboard.press('Escape');
	await page.goto('/c/milk-akmola/profile');
	await page.getByRole('button', { name: 'Edit the profile' }).click();
	await expect(page.getByLabel('Legal form')).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
});

test('the calls list, with the new call form open and its rows added, has no serious or critical violation', async ({
	page
}) => {
	// Reads only: the form is opened and left unsaved.
	await login(page, 'demo-reviewer');
	await page.goto('/calls');
	await expect(page.getByRole('heading', { name: 'Calls' })).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
	await page.getByRole('button', { name: 'New call' }).click();
	const form = page.getByRole('dialog');
	await form.getByRole('button', { name: 'Add a requirement' }).click();
	await form.getByRole('button', { name: 'Add a criterion' }).click();
	await expect(form.getByRole('group', { name: 'Criterion 1' })).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
	await page.keyboard.press('Escape');
	await expect(form).toBeHidden();
});

test('the login form works from the keyboard alone', async ({ page }) => {
	await page.goto('/login');
	await page.locator('input[name="username"]').focus();
	await page.keyboard.type('demo-member');
	await page.keyboard.press('Tab');
	await page.keyboard.type(process.env.DEMO_PASSWORD ?? 'demo-e2e-password');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/$/);
});

test('the live map, with a node selected and the views open, has no serious or critical violation', async ({
	page
}) => {
	await login(page, 'demo-member');
	await page.goto('/c/flour-kostanay/p/flour-kostanay/map');
	await expect(page.getByRole('status').filter({ hasText: 'Online, saved' })).toBeVisible();
	await page
		.getByTestId('map-canvas')
		.locator('.svelte-flow__node', { hasText: 'Large flour mills' })
		.click();
	await expect(
		page.getByRole('complementary').getByRole('heading', { name: 'Large flour mills' })
	).toBeVisible();
	await page.getByText('View and filters').click();
	expect(await seriousViolations(page)).toEqual([]);
});

test('the strategy page, with an objective and an action opened, has no serious or critical violation', async ({
	page
}) => {
	await login(page, 'demo-member');
	await showTab(page, 'strategy');
	await openDetails(page, 'o-exports');
	await openDetails(page, 'x-exports-1');
	await expect(descriptionPreview(page, 'o-exports')).toContainText('Member mills sell on their own');
	await expect(detailsOf(page, 'x-exports-1').getByLabel('Owner')).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
});

test('the projects page, as a table and as a timeline, has no serious or critical violation', async ({
	page
}) => {
	await login(page, 'demo-member');
	await showTab(page, 'projects');
	await expect(page.getByRole('table', { name: 'Projects of the plan' })).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
	await page.getByRole('button', { name: 'Timeline', exact: true }).click();
	await expect(page.getByRole('table', { name: 'Projects of the plan' })).toHaveCount(0);
	expect(await seriousViolations(page)).toEqual([]);
});

test('the indicators page has no serious or critical violation', async ({ page }) => {
	await login(page, 'demo-member');
	await showTab(page, 'indicators');
	await expect(page.getByText('Flour exports of member mills').first()).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
});

test('the workshop page, with the start form and a past workshop opened, has no serious or critical violation', async ({
	page
}) => {
	// The furniture plan keeps the demo's past workshop; an admin also sees the form to start one.
	await login(page, 'demo-admin');
	await page.goto('/c/furniture-almaty/p/furniture-almaty/workshop');
	await expect(page.getByRole('button', { name: 'Start workshop' })).toBeVisible();
	await page.getByText('Strategy workshop', { exact: true }).click();
	await expect(page.getByRole('link', { name: 'Download the summary (Markdown)' })).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
});
