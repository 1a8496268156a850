// Two people in real browsers on two instances (Chromium through Playwright's library, the real
// server processes, PostgreSQL, a redis-server of the file's own): a value a coordinator records in
// the monitoring view on one instance appears in a reviewer's open view on the other, without a
// reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from '@playwright/test';
import { waitFor, type RunningServer } from '../integration/collab/harness';
import { EXPORTS, monitoringFixture } from '../integration/monitoring/fixture';
import { launchBrowser, signedInContext } from '../bench/map-browser';
import { severalInstances } from './instances';

const YEAR = 2024;

describe('monitoring in two browsers on two instances', () => {
	const several = severalInstances(2, () => monitoringFixture('postgres'));
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	const open = async (server: RunningServer, userId: string): Promise<Page> => {
		const context = await signedInContext(browser!, server.origin, await several.fixture.login(userId));
		const page = await context.newPage();
		await page.goto(`${server.origin}/c/alpha/p/${several.fixture.planA}/monitoring`);
		await page.getByTestId('monitoring-feed').filter({ hasText: 'Live figures' }).waitFor();
		return page;
	};
	const indicator = (page: Page) => page.locator(`article[id="${EXPORTS}"]`);
	const figureRow = (page: Page) =>
		indicator(page)
			.getByRole('row')
			.filter({ has: page.getByRole('rowheader', { name: String(YEAR) }) });

	it('shows a reviewer on one instance the value a coordinator records on the other', async () => {
		const [recording, watching] = several.servers as [RunningServer, RunningServer];
		const { users } = several.fixture;
		const reviewer = await open(watching, users.reviewer);
		await reviewer.getByRole('switch', { name: 'Include unapproved figures' }).check();
		expect(await figureRow(reviewer).count()).toBe(0);

		const coordinator = await open(recording, users.coordinator);
		const form = indicator(coordinator).getByRole('form', { name: 'Record a value' });
		await form.getByLabel('Year').selectOption(String(YEAR));
		await form.getByLabel('Period').selectOption(String(YEAR));
		await form.getByLabel(/^Value/).fill('345');
		await form.getByLabel('Note').fill('Recorded on the other instance');
		await form.getByRole('button', { name: 'Record' }).click();
		await form
			.getByRole('status')
			.filter({ hasText: `Recorded for ${YEAR}.` })
			.waitFor();

		await waitFor(
			async () => ((await figureRow(reviewer).textContent()) ?? '').includes('345'),
			'the value in the reviewer’s open view'
		);
		expect(await figureRow(reviewer).textContent()).toContain('not approved');
	}, 120_000);
});
