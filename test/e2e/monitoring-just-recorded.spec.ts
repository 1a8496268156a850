// What a coordinator records, they see at once: a value of a year not yet approved shows in the
// table and on the chart, marked as not approved, rather than as "–" behind the approved-only view.
// And the record form starts on the latest year the plan reports on (2025 for the flour plan's
// 2019–2025, read in 2026), not on the calendar year outside the plan. The browser's clock is set
// to March 2026. Uses the flour plan's indicator I1 in 2023 only: the seed records up to 2022 and
// the other monitoring specs keep to other indicators and years.
import { expect, test, type Page } from '@playwright/test';
import { login } from './login';
import { flourPlan } from './plan-pages';

/** I1, flour exports of member mills in thousand tonnes: baseline 410 in 2018, targets 480 (2021), 540 (2023), 600 (2025). */
const flourExports = 'i-1';
const indicator = (page: Page) => page.locator(`article[id="${flourExports}"]`);
const figureRow = (page: Page, year: number) =>
	indicator(page)
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader', { name: String(year) }) });

test('a coordinator sees the value just recorded for 2023 at once, marked as not approved, and the form starts on 2025', async ({
	page
}) => {
	await login(page, 'demo-coordinator');
	await page.clock.setFixedTime(new Date('2026-03-02T10:00:00+05:00'));
	await page.goto(`/c/${flourPlan}/p/${flourPlan}/monitoring`);
	await expect(page.getByTestId('monitoring-feed')).toHaveText('Live figures');

	const form = indicator(page).getByRole('form', { name: 'Record a value' });
	// The plan reports on 2019–2025: in 2026 its latest reporting year is 2025, not 2026.
	await expect(form.getByLabel('Year')).toHaveValue('2025');
	await expect(form.getByLabel('Period')).toHaveValue('2025');

	// Those who record see the figures of years not yet approved from the start.
	const unapproved = page.getByRole('switch', { name: 'Include unapproved figures' });
	await expect(unapproved).toBeChecked();
	// Even a coordinator who chose approved figures only sees what they record.
	await unapproved.uncheck();
	await expect(figureRow(page, 2023)).toContainText('–');

	await form.getByLabel('Year').selectOption('2023');
	await form.getByLabel('Period').selectOption('2023');
	await form.getByLabel(/^Value/).fill('512.4');
	await form.getByLabel('Note').fill('Mills of the cluster, statistics committee');
	await form.getByRole('button', { name: 'Record' }).click();
	await expect(form.getByRole('status')).toHaveText('Recorded for 2023.');

	await expect(unapproved).toBeChecked();
	await expect(figureRow(page, 2023)).toContainText('512.4');
	await expect(figureRow(page, 2023)).toContainText('not approved');
	// The chart draws it too (hollow, as the note under it says), and says so to a screen reader.
	const chart = indicator(page).getByRole('img');
	await expect(chart).toHaveAttribute('aria-label', /512\.4 in 2023 \(not approved\)/);
	await expect(indicator(page)).toContainText(
		'Hollow points and dashed lines: figures of years not yet approved.'
	);
	await expect(indicator(page)).toContainText('512.4 for 2023, by Saule Coordinator');
});
