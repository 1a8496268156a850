// A Kazakh reader reads Kazakh: dates written in Kazakh ("2023 ж. 24 нау."), not in the Russian that
// Kazakh pages used to borrow ("24 мар. 2023 г."), and one word per concept: a reporting year sent
// for review is «Қарауға жіберілді» on every page, a proposed project «Ұсынылған», never the same.
// Reads only: the furniture plan's demo version, the flour and milk plans' 2022 reports (submitted
// by the seed, and decided by no spec) and the flour plan's proposed project.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { login } from './login';
import { flourPlan } from './plan-pages';

const pages: Page[] = [];

test.afterEach(async () => {
	for (const page of pages.splice(0)) await page.context().close();
});

/** A reviewer's browser in Almaty whose pages are in `lang` (the language cookie, as the switch sets it). */
async function readerIn(browser: Browser, lang: 'kk' | 'ru'): Promise<Page> {
	const context = await browser.newContext({ locale: 'en-US', timezoneId: 'Asia/Almaty' });
	const page = await context.newPage();
	pages.push(page);
	await login(page, 'demo-reviewer');
	const { origin } = new URL(page.url());
	await context.addCookies([{ name: 'PARAGLIDE_LOCALE', value: lang, url: origin }]);
	return page;
}

/** A medium Kazakh date and time: "2023 ж. 24 нау., 16:00". */
const kazakhMoment = /^\d{4} ж\. \d{1,2} [а-яәғқңөұүһі]+\., \d{2}:\d{2}$/;

test('a Kazakh page writes the dates of versions and of submitted reports in Kazakh', async ({ browser }) => {
	const page = await readerIn(browser, 'kk');

	// The furniture plan's v1, saved on 24 March 2023 at 10:00 UTC (16:00 in Almaty).
	await page.goto('/c/furniture-almaty/p/furniture-almaty/versions');
	await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
	const version = page.getByTestId('version-v1');
	await expect(version).toContainText(/2023 ж\. 24 нау\., \d{2}:\d{2}/);
	await expect(version).not.toContainText('мар.');
	await expect(version).not.toContainText('г.');

	// The reports waiting for review: the flour and milk plans sent theirs on 20 January 2023.
	await page.goto('/monitoring');
	const times = page.getByTestId('programme-waiting').locator('time');
	await expect(times.first()).toBeVisible();
	for (const time of await times.all()) await expect(time).toHaveText(kazakhMoment);
	await expect(page.getByTestId('programme-waiting')).toContainText('2023 ж. 20 қаң.');
	await expect(page.getByTestId('programme-waiting')).not.toContainText('янв.');
});

test('the same dates on a Russian page are in Russian', async ({ browser }) => {
	const page = await readerIn(browser, 'ru');
	await page.goto('/c/furniture-almaty/p/furniture-almaty/versions');
	await expect(page.getByTestId('version-v1')).toContainText(/24 мар\. 2023 г\., \d{2}:\d{2}/);
});

test('a Kazakh reader sees one word for a year sent for review and another for a proposed project', async ({
	browser
}) => {
	const page = await readerIn(browser, 'kk');
	const submitted = 'Қарауға жіберілді';
	const proposed = 'Ұсынылған';

	// The flour plan's 2022 report, sent for review by its coordinator.
	await page.goto(`/c/${flourPlan}/p/${flourPlan}/monitoring`);
	const year2022 = page.locator('li[data-year="2022"]');
	await expect(year2022).toContainText(submitted);
	await expect(year2022).not.toContainText(proposed);

	// The flour plan's joint purchase of grain wagons, proposed.
	await page.goto(`/c/${flourPlan}/p/${flourPlan}/projects`);
	await expect(page.locator('tr[data-project="p-wagons"]')).toContainText(proposed);
	await expect(page.locator('tr[data-project="p-wagons"]')).not.toContainText(submitted);

	// The programme: the reports waiting for review say when they were sent (жіберілді), while
	// the projects by status count the proposed ones (ұсынылған).
	await page.goto('/monitoring');
	const waiting = page.getByTestId('programme-waiting');
	await expect(waiting.getByRole('columnheader', { name: 'Қашан жіберілді' })).toBeVisible();
	await expect(waiting.getByRole('columnheader', { name: 'Кім жіберді' })).toBeVisible();
	await expect(waiting).not.toContainText('ұсын');
	await expect(page.getByText(proposed).first()).toBeVisible();
});
