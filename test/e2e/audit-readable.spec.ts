// The audit log's Details column reads in the reader's language: a Russian administrator sees roles,
// reporting-year states and field names in Russian words, not the stored keys and codes.
import { expect, test } from '@playwright/test';
import { login } from './login';

test.use({ locale: 'ru-RU', viewport: { width: 1280, height: 900 } });

test('a Russian administrator reads a year’s submission and a version’s review in Russian', async ({
	page
}) => {
	await login(page, 'demo-admin');
	await page.goto('/audit?action=period.submit&cluster=flour-kostanay');
	const rows = page.getByTestId('audit-rows').locator('tbody tr');
	await expect(rows.first().locator('td.detail')).toHaveText('Заполняется → Отправлен на рассмотрение');
	await expect(page.getByTestId('audit-rows')).not.toContainText('in_progress');

	await page.goto('/audit?action=version.request_changes');
	const detail = rows.first().locator('td.detail');
	await expect(detail).toContainText('Название версии: ');
	await expect(detail).toContainText('Комментарий: ');
	await expect(detail).not.toContainText('label:');
	await page.goto('/audit?cluster=flour-kostanay');
	await page.screenshot({ path: '/tmp/shots-f/audit-ru.png' });
});

test.describe('in Kazakh', () => {
	test.use({ locale: 'kk-KZ' });

	test('a Kazakh administrator reads a year’s approval in Kazakh', async ({ page }) => {
		await login(page, 'demo-admin');
		await page.goto('/audit?action=period.approve&cluster=flour-kostanay');
		const detail = page.getByTestId('audit-rows').locator('tbody tr').first().locator('td.detail');
		await expect(detail).toHaveText('Қарауға жіберілді → Бекітілді');
		await page.goto('/audit?cluster=flour-kostanay');
		await page.screenshot({ path: '/tmp/shots-f/audit-kk.png' });
	});
});
