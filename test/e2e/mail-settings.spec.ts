// The mail settings page in Kazakh, by keyboard only: a refusal appears beside its field and what
// was typed stays; a daily digest with a muted topic is saved and reads back after a reload.
import { expect, test } from '@playwright/test';
import { hydrated, login, newAccount } from './login';

test.use({ locale: 'kk-KZ' });

test('sets mail to a daily digest by keyboard, with the refusal beside the address', async ({
	page,
	browser
}) => {
	const username = await newAccount(browser, 'Mail Tester');
	await login(page, username);
	await page.goto('/me/notifications');
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Хабарлама баптаулары');

	// Mail at once without an address: refused at the address.
	await page.getByLabel('Электрондық пошта мекенжайы').focus();
	await page.keyboard.press('Tab');
	await page.keyboard.press('ArrowDown');
	await expect(page.getByLabel('Бірден, әр хабарламаға бір хат')).toBeChecked();
	await page.getByRole('button', { name: 'Сақтау' }).press('Enter');
	const refusal = page.locator('#email-error');
	await expect(refusal).toHaveText('Хат үшін мекенжай керек: оны енгізіңіз немесе «Ешқашан» таңдаңыз.');
	await expect(page.getByLabel('Электрондық пошта мекенжайы')).toHaveAttribute('aria-invalid', 'true');
	await page.screenshot({ path: '/tmp/shots/mail-settings-kk-refused.png', fullPage: true });

	await page.getByLabel('Электрондық пошта мекенжайы').fill('tester@example.kz');
	await page.getByLabel('Күніне бір рет, Алматы уақытымен 08:00-ден кейін дайджест').check();
	await page.getByLabel('Жоспардағы түзетулер').press('Space');
	await page.getByRole('button', { name: 'Сақтау' }).press('Enter');
	await expect(page.getByRole('status')).toHaveText('Сақталды.');
	await expect(refusal).toHaveCount(0);

	await page.reload();
	await hydrated(page);
	await expect(page.getByLabel('Электрондық пошта мекенжайы')).toHaveValue('tester@example.kz');
	await expect(page.getByLabel('Күніне бір рет, Алматы уақытымен 08:00-ден кейін дайджест')).toBeChecked();
	await expect(page.getByLabel('Жоспардағы түзетулер')).toBeChecked();
	await expect(page.getByLabel('Пікірлер мен аталымдар')).not.toBeChecked();
	await page.screenshot({ path: '/tmp/shots/mail-settings-kk.png', fullPage: true });
});
