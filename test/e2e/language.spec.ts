import { expect, test } from '@playwright/test';
import { login, newAccount } from './login';

test.describe('in a Russian browser', () => {
	test.use({ locale: 'ru-RU' });

	test('the login page is in Russian', async ({ page }) => {
		await page.goto('/login');
		await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
		await expect(page.getByRole('heading', { name: 'Вход' })).toBeVisible();
		await expect(page.getByLabel('Имя пользователя')).toBeVisible();
	});
});

test('the switch shows Kazakh and Russian, and the choice follows the user to a new browser', async ({
	page,
	browser
}) => {
	const username = await newAccount(browser, 'Ержан Тілші');
	await login(page, username);
	await expect(page.getByRole('heading', { name: 'My clusters' })).toBeVisible();

	await page.getByRole('button', { name: 'Қазақша' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
	await expect(page.getByRole('heading', { name: 'Менің кластерлерім' })).toBeVisible();
	await expect(page.getByText('Сіз әлі ешбір кластерге мүше емессіз')).toBeVisible();
	await expect(page.getByText('Ержан Тілші')).toBeVisible();

	await page.getByRole('button', { name: 'Русский' }).click();
	await expect(page.getByRole('heading', { name: 'Мои кластеры' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Выйти' })).toBeVisible();

	// A fresh browser in English: after sign-in the saved choice (Russian) wins over Accept-Language.
	const fresh = await browser.newContext({ locale: 'en-US' });
	const other = await fresh.newPage();
	await other.goto('/login');
	await expect(other.getByRole('heading', { name: 'Sign in' })).toBeVisible();
	await login(other, username);
	await expect(other.getByRole('heading', { name: 'Мои кластеры' })).toBeVisible();
	await fresh.close();

	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByRole('heading', { name: 'My clusters' })).toBeVisible();
});

test('Cyrillic and Kazakh letters render with the bundled font', async ({ page }) => {
	await page.goto('/login');
	await page.getByRole('button', { name: 'Қазақша' }).click();
	await expect(page.getByRole('heading', { name: 'Кіру' })).toBeVisible();
	const loaded = await page.evaluate(async () => {
		await document.fonts.ready;
		// Every Kazakh-specific letter must be covered by a loaded face of the page font.
		return document.fonts.check('16px "Noto Sans"', 'әғқңөұүһі Ә Ғ Қ Ң Ө Ұ Ү Һ І жщ');
	});
	expect(loaded).toBe(true);
	const faces = await page.evaluate(
		() => [...document.fonts].filter((f) => f.family.includes('Noto Sans') && f.status === 'loaded').length
	);
	expect(faces).toBeGreaterThan(0);
});
