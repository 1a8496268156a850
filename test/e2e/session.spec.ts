import { expect, test } from '@playwright/test';
import { login } from './login';

test('signed out, a page sends you to the login and back after it', async ({ page }) => {
	await page.goto('/c/flour-kostanay');
	await expect(page).toHaveURL(/\/login\?redirectTo=%2Fc%2Fflour-kostanay/);
	await page.locator('input[name="username"]').fill('demo-member');
	await page.locator('input[name="password"]').fill(process.env.DEMO_PASSWORD ?? 'demo-e2e-password');
	await page.locator('form.stack button').click();
	await expect(page).toHaveURL(/\/c\/flour-kostanay$/);
});

test('a wrong password shows a clear message and no session', async ({ page, context }) => {
	await page.goto('/login');
	await page.locator('input[name="username"]').fill('demo-member');
	await page.locator('input[name="password"]').fill('not the password');
	await page.locator('form.stack button').click();
	await expect(page.getByRole('alert')).toHaveText('Wrong username or password.');
	expect((await context.cookies()).find((c) => c.name === 'session')).toBeUndefined();
});

test('the session cookie is HttpOnly and SameSite=Lax, and logout ends the session', async ({
	page,
	context
}) => {
	await login(page, 'demo-member');
	const cookie = (await context.cookies()).find((c) => c.name === 'session');
	expect(cookie?.httpOnly).toBe(true);
	expect(cookie?.sameSite).toBe('Lax');

	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page).toHaveURL(/\/login$/);
	// The old token is dead on the server, not only forgotten by the browser.
	await context.addCookies([cookie!]);
	const api = await page.request.get('/api/clusters');
	expect(api.status()).toBe(401);
});

test('the JSON API answers with the same sessions and checks', async ({ page, playwright, baseURL }) => {
	const anonymous = await playwright.request.newContext({ baseURL });
	expect((await anonymous.get('/api/clusters')).status()).toBe(401);
	await anonymous.dispose();

	await login(page, 'demo-member');
	const clusters = (await (await page.request.get('/api/clusters')).json()) as {
		id: string;
		role: string;
		plans: { id: string; title: string }[];
	}[];
	expect(clusters.map((c) => [c.id, c.role])).toEqual([
		['flour-kostanay', 'member'],
		['milk-akmola', 'member']
	]);
	const plan = clusters[0]!.plans[0]!;
	const own = await page.request.get(`/api/plans/${plan.id}`);
	expect(own.status()).toBe(200);
	const data = (await own.json()) as {
		id: string;
		title: string;
		map: { nodes: { id: string }[]; edges: { source: string; target: string }[] };
		projects: unknown[];
	};
	expect(data).toMatchObject({ id: plan.id, title: plan.title });
	const nodeIds = new Set(data.map.nodes.map((n) => n.id));
	expect(nodeIds.size).toBeGreaterThan(10);
	for (const edge of data.map.edges) expect(nodeIds.has(edge.source) && nodeIds.has(edge.target)).toBe(true);
	expect(data.projects.length).toBeGreaterThanOrEqual(5);

	const adminPage = await page.context().browser()!.newPage();
	await login(adminPage, 'demo-admin');
	const all = (await (await adminPage.request.get('/api/clusters')).json()) as {
		id: string;
		plans: { id: string }[];
	}[];
	const foreign = all.find((c) => c.id === 'pharma-south-kazakhstan')!.plans[0]!.id;
	expect((await page.request.get(`/api/plans/${foreign}`)).status()).toBe(404);
	await adminPage.close();
});

test('pages carry a CSP that forbids framing and a same-origin referrer policy', async ({ page }) => {
	const response = await page.goto('/login');
	const headers = response!.headers();
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-/);
	expect(headers['x-frame-options']).toBe('DENY');
	expect(headers['referrer-policy']).toBe('same-origin');
});
