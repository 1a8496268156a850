// Stage names, firm names and indicator units read in the reader's language, as titles do: a
// Russian reader sees the demo map and its units in Russian, a stage written only in English shows
// marked EN, and a Kazakh name typed into the map's side panel shows at once for a Kazakh reader.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { addStage, removeStage } from '../../src/lib/plan';
import { login } from './login';
import { addToMap, changePlan, mapNode, openMap, planId, removeFromPlan, uniqueName } from './map';

test.describe.configure({ timeout: 120_000 }); // two live browsers per test

const shots = '/tmp/shots-e1';

/** A signed-in page in a browser of `locale`, 1280 px wide, on the flour plan's live map. */
async function mapReader(browser: Browser, username: string, locale: string): Promise<Page> {
	const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	await login(page, username);
	await page.goto(`/c/${planId}/p/${planId}/map`);
	await expect(page.locator('html')).toHaveAttribute('lang', locale.slice(0, 2));
	await expect(page.getByTestId('map-canvas').locator('.svelte-flow__node-actor').first()).toBeVisible();
	return page;
}

function lane(page: Page, title: string) {
	return page.getByTestId('map-canvas').locator('.svelte-flow__node-lane', { hasText: title });
}

test('a Russian reader sees stages, firms and units in Russian, and an English-only stage marked EN', async ({
	browser
}) => {
	const id = `s-e2e-${Date.now().toString(36)}`;
	const english = uniqueName('Packaging');
	const stored = async (page: Page, present: boolean) => {
		const plan = (await (await page.request.get(`/api/plans/${planId}`)).json()) as {
			map: { stages: { id: string }[] };
		};
		return plan.map.stages.some((stage) => stage.id === id) === present;
	};
	await changePlan(
		browser,
		planId,
		(doc) => addStage(doc, { id, title: { en: english } }),
		(page) => stored(page, true)
	);
	const page = await mapReader(browser, 'demo-member', 'ru-RU');
	try {
		await expect(lane(page, 'Выращивание зерна')).toHaveCount(1);
		await expect(lane(page, 'Выращивание зерна').getByTestId('lang-fallback')).toHaveCount(0);
		await expect(mapNode(page, 'Крупные мукомольные комбинаты')).toHaveCount(1);
		await expect(mapNode(page, 'Large flour mills')).toHaveCount(0);
		const added = lane(page, english);
		await expect(added.getByTestId('lang-fallback')).toHaveText(/EN/);
		await expect(added.getByTestId('lang-fallback')).toHaveAttribute('title', /на английском/);
		await page.screenshot({ path: `${shots}/map-ru.png` });
		await page.getByRole('button', { name: 'Вся карта' }).click();
		await expect(added.getByTestId('lang-fallback')).toBeInViewport();
		await page.screenshot({ path: `${shots}/map-ru-whole.png` });

		await page.goto(`/c/${planId}/p/${planId}/indicators`);
		await page.getByText('Экспорт муки мельницами-участниками').first().click();
		await page.screenshot({ path: `${shots}/indicators-ru.png` });

		await page.goto(`/c/${planId}/p/${planId}/monitoring`);
		const exports = page.locator('article').filter({ hasText: 'Экспорт муки мельницами-участниками' });
		await expect(exports.getByTestId('indicator-unit')).toHaveText('тыс. тонн');
		await expect(exports.getByTestId('indicator-unit').getByTestId('lang-fallback')).toHaveCount(0);
		await exports.scrollIntoViewIfNeeded();
		await page.screenshot({ path: `${shots}/monitoring-ru.png` });
	} finally {
		await page.context().close();
		await changePlan(
			browser,
			planId,
			(doc) => removeStage(doc, id),
			(page) => stored(page, false)
		);
	}
});

test('a Kazakh name typed in the side panel shows for a Kazakh reader at once', async ({ browser }) => {
	const editor = await openMap(browser, 'demo-member');
	const name = uniqueName('Grain terminal');
	const kazakh = `Астық терминалы ${name.split(' ').pop()}`;
	let reader: Page | undefined;
	try {
		await addToMap(editor.page, name);
		reader = await mapReader(browser, 'demo-reviewer', 'kk-KZ');
		// Written only in English so far: the Kazakh reader sees it marked EN.
		await expect(mapNode(reader, name).getByTestId('lang-fallback')).toHaveText(/EN/);

		const field = editor.page.getByRole('complementary').getByTestId('node-name');
		await field.getByTestId('text-translations').click();
		await field.getByTestId('text-kk').fill(kazakh);
		await field.getByTestId('text-kk').press('Enter');

		await expect(mapNode(reader, kazakh)).toHaveCount(1);
		await expect(mapNode(reader, kazakh).getByTestId('lang-fallback')).toHaveCount(0);
		await expect(mapNode(editor.page, name)).toHaveCount(1);
		await mapNode(reader, kazakh).click();
		await expect(reader.getByRole('complementary').getByRole('heading', { name: kazakh })).toBeVisible();
		await reader.screenshot({ path: `${shots}/map-kk-panel.png` });
		await editor.page.setViewportSize({ width: 1280, height: 900 });
		await editor.page.screenshot({ path: `${shots}/map-en-translations.png` });
	} finally {
		await reader?.context().close();
		await editor.context.close();
		await removeFromPlan(browser, [name]);
	}
});

test('a Kazakh reader sees the stage names and units in Kazakh on the map and in monitoring', async ({
	browser
}) => {
	const page = await mapReader(browser, 'demo-reviewer', 'kk-KZ');
	try {
		await expect(lane(page, 'Астық өсіру')).toHaveCount(1);
		await expect(mapNode(page, 'Ірі ұн тарту комбинаттары')).toHaveCount(1);
		await page.screenshot({ path: `${shots}/map-kk.png` });
		await page.goto(`/c/${planId}/p/${planId}/monitoring`);
		const exports = page.locator('article').filter({ hasText: 'Мүше диірмендердің ұн экспорты' });
		await expect(exports.getByTestId('indicator-unit')).toHaveText('мың тонна');
		await exports.scrollIntoViewIfNeeded();
		await page.screenshot({ path: `${shots}/monitoring-kk.png` });
	} finally {
		await page.context().close();
	}
});
