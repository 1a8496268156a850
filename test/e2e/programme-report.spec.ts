// The programme report's page for a reviewer: reached from the monitoring page, its day chosen from
// the keyboard, the day's figures in short, and the two downloads asking for that day; held to the
// accessibility bar of every page.
import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { hydrated, login } from './login';

test('a reviewer opens the report to the ministry, chooses 2019 from the keyboard and gets its downloads', async ({
	page
}) => {
	await login(page, 'demo-reviewer');
	await page.goto('/monitoring');
	await page.getByTestId('programme-report-link').focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/programme\/report$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Report on the cluster development programme'
	);
	await hydrated(page);

	const year = page.getByLabel('Year');
	await year.focus();
	await year.selectOption('2019');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/year=2019/);
	await expect(page.getByRole('heading', { name: /As of December 31, 2019/ })).toBeVisible();
	await expect(page.getByTestId('progreport-facts')).toContainText('Participants in all');
	const excel = page.getByRole('link', { name: /Download Excel/ });
	await expect(excel).toHaveAttribute('href', '/api/programme/report?asOf=2019-12-31&format=xlsx');
	await expect(page.getByRole('button', { name: /PDF/ })).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
});

test('a member is not shown the report', async ({ page }) => {
	await login(page, 'demo-member');
	const answer = await page.goto('/programme/report');
	expect(answer?.status()).toBe(403);
});
