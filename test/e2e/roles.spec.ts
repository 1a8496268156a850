import { expect, test, type Page } from '@playwright/test';
import { login, newAccount } from './login';

// The six demo clusters; a spec may add clusters of its own (names-in-languages.spec.ts creates one).
const demoClusters = [
	'flour-kostanay',
	'milk-akmola',
	'construction-karaganda',
	'tourism-almaty-region',
	'furniture-almaty',
	'pharma-south-kazakhstan'
];

/** Every demo cluster is on the home page, each once. */
async function seesEveryDemoCluster(page: Page) {
	for (const id of demoClusters)
		await expect(page.locator(`ul.clusters > li h2 a[href="/c/${id}"]`)).toHaveCount(1);
}

test('an admin sees every cluster, the admin page and member management', async ({ page }) => {
	await login(page, 'demo-admin');
	await seesEveryDemoCluster(page);
	await page.getByRole('link', { name: 'Administration' }).click();
	await expect(page.getByRole('heading', { name: 'New cluster' })).toBeVisible();
	await page.goto('/c/pharma-south-kazakhstan');
	await expect(page.getByRole('heading', { name: 'Add member' })).toBeVisible();
});

test('a reviewer sees every cluster read-only, without member management or admin', async ({ page }) => {
	await login(page, 'demo-reviewer');
	await seesEveryDemoCluster(page);
	await expect(page.getByRole('link', { name: 'Administration' })).toHaveCount(0);
	await page.goto('/c/construction-karaganda');
	await expect(page.getByRole('heading', { name: 'People and roles' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Add member' })).toHaveCount(0);
	await page.getByRole('link', { name: /Strategic development plan/ }).click();
	await expect(page.getByText('You see the map live; your role does not change it.')).toBeVisible();
	// Reviewers watch workshops: the page says so and offers no way to start one.
	await page.getByRole('link', { name: 'Workshop' }).click();
	await expect(page.getByText('You watch workshops on this plan')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Start workshop' })).toHaveCount(0);
	const response = await page.goto('/admin');
	expect(response?.status()).toBe(403);
});

for (const [username, manages] of [
	['demo-facilitator', true],
	['demo-member', false],
	['demo-coordinator', false]
] as const) {
	test(`${username} sees only the flour and milk clusters`, async ({ page }) => {
		await login(page, username);
		const names = page.locator('ul.clusters > li h2');
		await expect(names).toHaveText(['Flour cluster of Kostanay region', 'Milk cluster of Akmola region']);
		await page.goto('/c/flour-kostanay');
		await expect(page.getByRole('heading', { name: 'Add member' })).toHaveCount(manages ? 1 : 0);
		// Another cluster answers as one that does not exist, so its id cannot be told from a made-up one.
		const other = await page.goto('/c/furniture-almaty');
		expect(other?.status()).toBe(404);
		expect((await page.goto('/c/no-such-cluster'))?.status()).toBe(404);
	});
}

test('a member may edit the plan, a coordinator may only read it', async ({ browser }) => {
	for (const [username, text, mapControls] of [
		['demo-member', 'You take part: add notes to the board', 1],
		['demo-coordinator', 'You watch workshops on this plan', 0]
	] as const) {
		const context = await browser.newContext();
		const page = await context.newPage();
		await login(page, username);
		await page.goto('/c/milk-akmola');
		await page.getByRole('link', { name: /Strategic development plan/ }).click();
		const tabs = page.getByRole('navigation', { name: 'Plan sections' }).getByRole('link');
		await expect(tabs).toHaveCount(9);
		await expect(page.getByRole('button', { name: 'Add to map' })).toHaveCount(mapControls);
		await tabs.filter({ hasText: 'Workshop' }).click();
		await expect(page.getByText(text)).toBeVisible();
		await context.close();
	}
});

test("the server refuses a member's POST to member management: 403 in their cluster, 404 elsewhere", async ({
	page,
	baseURL
}) => {
	await login(page, 'demo-member');
	const headers = { origin: baseURL! };
	// A cluster the member cannot see answers as one that does not exist; their own one says no.
	for (const [cluster, status] of [
		['construction-karaganda', 404],
		['no-such-cluster', 404],
		['flour-kostanay', 403]
	] as const) {
		const response = await page.request.post(`/c/${cluster}?/addMember`, {
			form: { username: 'demo-member', role: 'facilitator' },
			headers
		});
		expect(response.status(), cluster).toBe(status);
	}
	// Nothing changed: the member still cannot manage their own cluster.
	await page.goto('/c/flour-kostanay');
	await expect(page.getByRole('heading', { name: 'Add member' })).toHaveCount(0);
});

test('a facilitator adds a new account to the cluster, changes its role and removes it', async ({
	browser
}) => {
	const username = await newAccount(browser, 'Kostanay Mill LLP');
	const page = await browser.newPage();
	await login(page, 'demo-facilitator');
	await page.goto('/c/flour-kostanay');
	const add = page.locator('form[action="?/addMember"]');
	await add.getByLabel('Username').fill(username);
	await add.getByLabel('Role').selectOption('member');
	await add.getByRole('button', { name: 'Add member' }).click();
	const row = page.getByRole('row', { name: /Kostanay Mill LLP/ });
	await expect(row).toBeVisible();

	await row.getByLabel('Role of Kostanay Mill LLP').selectOption('coordinator');
	await row.getByRole('button', { name: 'Change role' }).click();
	await page.reload();
	await expect(
		page.getByRole('row', { name: /Kostanay Mill LLP/ }).getByLabel('Role of Kostanay Mill LLP')
	).toHaveValue('coordinator');

	await page.getByRole('button', { name: 'Remove Kostanay Mill LLP from the cluster' }).click();
	await expect(page.getByRole('row', { name: /Kostanay Mill LLP/ })).toHaveCount(0);
	await page.close();
});

test('adding an unknown username gives a clear error and changes nothing', async ({ page }) => {
	await login(page, 'demo-facilitator');
	await page.goto('/c/milk-akmola');
	const rows = await page.getByRole('row').count();
	const add = page.locator('form[action="?/addMember"]');
	await add.getByLabel('Username').fill('no-such-user');
	await add.getByRole('button', { name: 'Add member' }).click();
	await expect(page.getByRole('alert')).toHaveText('No user has this username.');
	await expect(page.getByRole('row')).toHaveCount(rows);
});
