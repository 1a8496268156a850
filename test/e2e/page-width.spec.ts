// Every page fits a 1280 px wide window in English, Russian and Kazakh: the page never scrolls
// sideways, no text runs out past the window's right edge, and a table wider than its place (the
// projects table) keeps its first column in view while the rest scrolls inside its own box.
// Reads only: an admin (who sees every page and every control) on the flour and furniture plans.
import { expect, test, type Page } from '@playwright/test';
import { login } from './login';
import { flourPlan } from './plan-pages';

const width = 1280;
const langs = ['en', 'ru', 'kk'] as const;

const plan = `/c/${flourPlan}/p/${flourPlan}`;
const furniture = '/c/furniture-almaty/p/furniture-almaty';
const pages = [
	'/',
	'/admin',
	'/me/notifications',
	'/audit',
	'/monitoring',
	'/waiting',
	'/programme/report',
	'/calls',
	`/c/${flourPlan}`,
	`/c/${flourPlan}/participants`,
	`/c/${flourPlan}/profile`,
	'/c/milk-akmola/profile',
	`${plan}/map`,
	`${plan}/strategy`,
	`${plan}/projects`,
	`${plan}/funding`,
	`${plan}/indicators`,
	`${plan}/logframe`,
	`${plan}/monitoring`,
	`${plan}/versions`,
	`${plan}/workshop`,
	`${furniture}/versions/v1/strategy`,
	`${furniture}/versions/v1/projects`,
	`${furniture}/versions/v1/indicators`,
	`${furniture}/versions/v1/map`,
	'/c/tourism-almaty-region/p/tourism-almaty-region/versions/v1/diff/v2'
];

type Overflow = { page: number; beyond: string[] };

/**
 * How wide the page is, and the visible elements whose box ends past the window's right edge
 * without a scrolling box of their own around them (those a reader cannot reach or read).
 */
function overflowOf(page: Page): Promise<Overflow> {
	return page.evaluate((limit) => {
		const scrolls = (el: Element) => {
			const style = getComputedStyle(el);
			return (
				/(auto|scroll|hidden|clip)/.test(style.overflowX) &&
				el !== document.documentElement &&
				el !== document.body
			);
		};
		const beyond: string[] = [];
		for (const el of document.body.querySelectorAll('*')) {
			const box = el.getBoundingClientRect();
			if (box.width === 0 || box.height === 0 || box.right <= limit + 1) continue;
			let parent = el.parentElement;
			let contained = false;
			while (parent && parent !== document.body) {
				if (scrolls(parent)) {
					contained = true;
					break;
				}
				parent = parent.parentElement;
			}
			if (contained || getComputedStyle(el).position === 'fixed') continue;
			const name = `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).slice(0, 2).join('.') : ''}`;
			beyond.push(`${name} → ${Math.round(box.right)} px`);
		}
		return { page: document.documentElement.scrollWidth, beyond: beyond.slice(0, 8) };
	}, width);
}

for (const lang of langs) {
	test(`every page fits ${width} px in ${lang}`, async ({ browser }) => {
		test.setTimeout(180_000);
		const context = await browser.newContext({ viewport: { width, height: 900 } });
		const page = await context.newPage();
		await login(page, 'demo-admin');
		const { origin } = new URL(page.url());
		await context.addCookies([{ name: 'PARAGLIDE_LOCALE', value: lang, url: origin }]);
		const problems: string[] = [];
		for (const path of pages) {
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await page.waitForLoadState('networkidle');
			const { page: pageWidth, beyond } = await overflowOf(page);
			if (pageWidth > width || beyond.length)
				problems.push(`${path}: page ${pageWidth} px; ${beyond.join('; ')}`);
		}
		expect(problems, problems.join('\n')).toEqual([]);

		// The projects table, wider than its box in Russian and Kazakh, scrolls inside it with the
		// project's title kept in view.
		await page.goto(`${plan}/projects`);
		const table = page.getByRole('table', { name: /./ }).first();
		const scroller = table.locator('xpath=..');
		await scroller.evaluate((el) => (el.scrollLeft = el.scrollWidth));
		const title = table.locator('tbody th[scope="row"]').first();
		const [box, titleBox] = await Promise.all([scroller.boundingBox(), title.boundingBox()]);
		expect(Math.round(titleBox!.x)).toBeGreaterThanOrEqual(Math.round(box!.x));
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

		// The strategy toolbar: its hint is read whole, and its buttons stay on one row.
		await page.goto(`${plan}/strategy`);
		const toolbar = page.getByRole('toolbar');
		const hint = toolbar.locator('[aria-live]');
		await expect(hint).not.toBeEmpty();
		expect(await hint.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
		const tops = await toolbar
			.getByRole('button')
			.evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
		expect(new Set(tops).size, `button rows at ${tops.join(', ')}`).toBe(1);
		await context.close();
	});
}
