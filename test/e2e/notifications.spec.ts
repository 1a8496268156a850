// The bell and the notifications page in real browsers: a facilitator submits a version and the
// reviewer's bell, open in another browser, counts up without a reload, its entry opening the diff;
// a member mentioned in a comment finds it on the list filtered to unread; the list in Kazakh fits
// 1280 px and passes axe. Screenshots of the panel and the list go to /tmp/shots/.
import { mkdirSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { hydrated, login } from './login';
import { seriousViolations } from './axe';

const PLAN = 'flour-kostanay';
const versions = `/c/${PLAN}/p/${PLAN}/versions`;
const SHOTS = '/tmp/shots';
mkdirSync(SHOTS, { recursive: true });

async function signedIn(browser: Browser, username: string, locale = 'en-US') {
	const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	await login(page, username);
	return { context, page };
}

/** The unread count the bell's accessible name says ("Notifications, 3 unread"). */
async function bellCount(page: Page): Promise<number> {
	const name = (await page.getByTestId('bell').getAttribute('aria-label')) ?? '';
	return Number(/(\d+)/.exec(name)?.[1] ?? NaN);
}

test('a submitted version counts up the reviewer’s bell live, and its entry opens the diff', async ({
	browser
}) => {
	const reviewer = await signedIn(browser, 'demo-reviewer');
	const facilitator = await signedIn(browser, 'demo-facilitator');
	try {
		const review = reviewer.page;
		await hydrated(review);
		const before = await bellCount(review);
		expect(before).toBeGreaterThanOrEqual(0);

		const page = facilitator.page;
		await page.goto(versions);
		await hydrated(page);
		// Two versions, so the submitted one has one before it to be compared with.
		const status = page.getByRole('status').filter({ hasText: /^Saved as v\d+\.$/ });
		const save = async (label: string, after = 0) => {
			await page.getByLabel('Label').fill(label);
			await page.getByRole('button', { name: 'Save version' }).click();
			await expect(status).toBeVisible();
			let number = 0;
			await expect
				.poll(async () => (number = Number(/v(\d+)/.exec((await status.textContent()) ?? '')?.[1] ?? 0)))
				.toBeGreaterThan(after);
			await expect(page.getByRole('heading', { name: `v${number} ${label}` })).toBeVisible();
			return number;
		};
		const tag = Date.now().toString(36);
		const first = await save(`Bell before ${tag}`);
		const number = await save(`Bell ${tag}`, first);
		expect(number).toBeGreaterThan(1);
		await page.getByRole('button', { name: `Submit for review v${number}` }).click();
		await expect(
			page.getByRole('status').filter({ hasText: `v${number} is now “Submitted for review”` })
		).toBeVisible();

		// No reload: the stream rings and the bell reads its count again.
		await expect.poll(() => bellCount(review), { message: 'the bell counts up' }).toBeGreaterThan(before);
		const bell = review.getByTestId('bell');
		await bell.focus();
		await review.keyboard.press('Enter');
		const panel = review.getByTestId('bell-panel');
		await expect(panel).toBeVisible();
		const entry = panel.getByRole('link', {
			name: new RegExp(`^Juan Facilitator \\(Infyde\\) submitted version ${number} `)
		});
		await expect(entry).toBeVisible();
		await review.screenshot({ path: `${SHOTS}/bell-panel-en.png` });
		// Escape closes the panel and gives focus back to the bell.
		await review.keyboard.press('Escape');
		await expect(panel).toBeHidden();
		await expect(bell).toBeFocused();

		await review.keyboard.press('Space');
		await entry.click();
		await expect(review).toHaveURL(new RegExp(`/versions/${number - 1}/diff/${number}$`));
		await expect(
			review.getByRole('heading', { name: `Changes from v${number - 1} to v${number}` })
		).toBeVisible();
		// Following it marked it read.
		await review.goto('/notifications?kind=version_submitted');
		const listed = review
			.getByTestId('notifications')
			.getByTestId('notification')
			.filter({ hasText: new RegExp(`Juan Facilitator \\(Infyde\\) submitted version ${number} `) });
		await expect(listed).toHaveCount(1);
		await expect(listed).not.toContainText('New');
	} finally {
		await reviewer.context.close();
		await facilitator.context.close();
	}
});

test('a member mentioned in a comment finds it on the list of unread notifications', async ({ browser }) => {
	const facilitator = await signedIn(browser, 'demo-facilitator');
	const member = await signedIn(browser, 'demo-member');
	try {
		const words = `Look at this, @demo-member ${Date.now().toString(36)}`;
		await facilitator.page.goto(`/c/${PLAN}/p/${PLAN}/strategy`);
		await hydrated(facilitator.page);
		const status = await facilitator.page.evaluate(
			async ({ plan, text }) =>
				(
					await fetch(`/api/plans/${plan}/comments`, {
						method: 'POST',
						headers: { 'content-type': 'application/json' },
						body: JSON.stringify({ anchorId: plan, text })
					})
				).status,
			{ plan: PLAN, text: words }
		);
		expect(status).toBeLessThan(300);

		const page = member.page;
		await page.goto('/notifications');
		await hydrated(page);
		await page.getByLabel('Unread only').check();
		await page.getByLabel('Topic').selectOption('comments');
		await page.getByRole('button', { name: 'Apply' }).click();
		await expect(page).toHaveURL(/unread=1/);
		const list = page.getByTestId('notifications');
		const mention = list.getByTestId('notification').filter({ hasText: 'mentioned you' }).first();
		await expect(mention).toBeVisible();
		await expect(mention).toContainText('New');
		await expect(mention).toContainText('Juan Facilitator');

		// Marked read, it leaves the unread list.
		const count = await list.getByTestId('notification').count();
		await list
			.getByRole('button', { name: /^Mark read/ })
			.first()
			.click();
		await expect(list.getByTestId('notification')).toHaveCount(count - 1);
	} finally {
		await facilitator.context.close();
		await member.context.close();
	}
});

for (const lang of ['ru', 'kk'] as const) {
	test(`the notifications page in ${lang} fits 1280 px, passes axe, and is pictured`, async ({ browser }) => {
		const { context, page } = await signedIn(browser, 'demo-coordinator');
		try {
			const { origin } = new URL(page.url());
			await context.addCookies([{ name: 'PARAGLIDE_LOCALE', value: lang, url: origin }]);
			await page.goto('/notifications');
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await hydrated(page);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
			expect(await seriousViolations(page)).toEqual([]);
			await page.screenshot({ path: `${SHOTS}/notifications-${lang}.png`, fullPage: true });
			if (lang === 'ru') await page.screenshot({ path: 'static/screenshots/notifications-ru.png' });

			await page.getByTestId('bell').click();
			await expect(page.getByTestId('bell-panel')).toBeVisible();
			expect(await seriousViolations(page)).toEqual([]);
			await page.screenshot({ path: `${SHOTS}/bell-panel-${lang}.png` });
		} finally {
			await context.close();
		}
	});
}
