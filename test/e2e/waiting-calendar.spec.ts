// Who waits on whom in Kazakh fits a 1280 px window and is used by keyboard alone; the reporting
// calendar shows on a plan's monitoring page, where a facilitator moves a year's day by keyboard and
// reads a refusal beside the field.
import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { hydrated, login } from './login';
import { flourPlan } from './plan-pages';

test('who waits on whom reads in Kazakh at 1280 px, and its tabs and links work by keyboard', async ({
	browser
}) => {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	await login(page, 'demo-reviewer');
	const { origin } = new URL(page.url());
	await context.addCookies([{ name: 'PARAGLIDE_LOCALE', value: 'kk', url: origin }]);
	await page.goto('/');
	// The home page marks the flour plan's reports past their day (the demo's values stop at 2022).
	await expect(page.getByTestId(`overdue-${flourPlan}`).getByRole('link').first()).toContainText('мерзімі');
	await page.getByRole('navigation').getByRole('link', { name: 'Кім кімді күтіп тұр' }).click();
	await expect(page).toHaveURL(/\/waiting$/);
	await hydrated(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Кім кімді күтіп тұр');
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
	expect(await seriousViolations(page)).toEqual([]);

	// The demo's tourism version waits on KIDI: in the reviewer's own group.
	const byPerson = page.getByTestId('waiting-person');
	await expect(byPerson.getByRole('heading', { name: /Dana Reviewer/ })).toBeVisible();
	await expect(byPerson.locator('tr[data-kind="version_review"]').first()).toBeVisible();

	const tabs = page.getByRole('tab');
	await tabs.first().focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('tab', { name: 'Кластерлер бойынша' })).toBeFocused();
	await expect(page.getByRole('tab', { name: 'Кластерлер бойынша' })).toHaveAttribute(
		'aria-selected',
		'true'
	);
	await expect(page.getByTestId('waiting-cluster')).toBeVisible();
	await expect(byPerson).toBeHidden();
	await page.keyboard.press('End');
	await expect(page.getByRole('tab', { name: 'Үйлестірушілердің жүктемесі' })).toBeFocused();
	await expect(page.getByTestId('waiting-coordinators').getByText('Saule Coordinator')).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);

	// Back to the cluster tab, into its panel and on to the first step's link, by keyboard.
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('Tab');
	await expect(page.getByTestId('waiting-cluster')).toBeFocused();
	await page.keyboard.press('Tab');
	const link = page.getByTestId('waiting-cluster').getByRole('link').first();
	await expect(link).toBeFocused();
	const href = await link.getAttribute('href');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${href!.split('#')[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
	await context.close();
});

test('the reporting calendar shows on the monitoring page, and a facilitator moves a day by keyboard', async ({
	browser
}) => {
	const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
	await login(page, 'demo-facilitator');
	await page.goto(`/c/${flourPlan}/p/${flourPlan}/monitoring`);
	await hydrated(page);
	const calendar = page.getByTestId('reporting-calendar');
	await expect(calendar.getByRole('heading', { name: 'Reporting calendar' })).toBeVisible();
	const row = calendar.locator('tr[data-year="2025"]');
	await expect(row.locator('time')).toHaveAttribute('datetime', '2026-02-20');
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
	expect(await seriousViolations(page)).toEqual([]);
	// Words, not colour alone: the year's state is written out.
	await expect(row.locator('.state')).not.toBeEmpty();

	const field = row.getByLabel('Due day for 2025');
	// A day before the year itself is refused beside the field.
	await field.fill('2024-12-31');
	await field.press('Enter');
	await expect(row.getByRole('alert')).toHaveText(
		'Give a day from the calendar, not before the year itself.'
	);
	await expect(field).toHaveAttribute('aria-invalid', 'true');

	await field.fill('2027-03-01');
	await field.press('Enter');
	await expect(row.getByRole('status')).toHaveText('Saved.');
	await expect(row.locator('time')).toHaveAttribute('datetime', '2027-03-01');
	await expect(row).toContainText('set for this plan');

	// And back to the programme's day.
	await row.getByRole('button', { name: 'Use 20 February again' }).focus();
	await page.keyboard.press('Enter');
	await expect(row.locator('time')).toHaveAttribute('datetime', '2026-02-20');
	await expect(row).toContainText("the programme's day");
});
