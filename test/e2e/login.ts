// Signs a demo account in through the real login form.
import { expect, type Browser, type Page } from '@playwright/test';

export const password = process.env.DEMO_PASSWORD ?? 'demo-e2e-password';

export async function login(page: Page, username: string): Promise<void> {
	await page.goto('/login');
	await hydrated(page);
	await page.locator('input[name="username"]').fill(username);
	await page.locator('input[name="password"]').fill(password);
	await page.locator('form.stack button').click();
	await expect(page).toHaveURL(/\/$/);
}

/**
 * Waits until a freshly loaded page answers to input: text typed before the page hydrates can be
 * wiped by it (an input whose value the page sets), so a form filled at once may be sent empty.
 */
export async function hydrated(page: Page): Promise<void> {
	await page.locator('body[data-hydrated]').waitFor({ state: 'attached' });
}

/** Creates a fresh account through the admin page, so a test can change it without touching demo accounts. */
export async function newAccount(browser: Browser, displayName: string): Promise<string> {
	const username = `e2e-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
	const context = await browser.newContext({ locale: 'en-US' });
	const admin = await context.newPage();
	await login(admin, 'demo-admin');
	await admin.goto('/admin');
	await hydrated(admin);
	await admin.getByLabel('Username').fill(username);
	await admin.getByLabel('Full name').fill(displayName);
	await admin.getByLabel('Password').fill(password);
	await admin.getByRole('button', { name: 'Create user' }).click();
	await expect(admin.getByRole('status')).toContainText(username);
	await context.close();
	return username;
}
