import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { login } from './login';

// The strategy and projects tabs read the plan live and show, for each objective and project, the
// map nodes linked to it (the links of the demo flour plan, src/lib/server/demo/plans/flour-kostanay.ts).

async function openTab(page: Page, username: string, tab: string) {
	await login(page, username);
	await page.goto('/c/flour-kostanay');
	// The demo plan's title is in the reader's language.
	await page.getByRole('link', { name: /Strategic development plan|Стратегический план развития/ }).click();
	await page.getByRole('link', { name: tab, exact: true }).click();
}

/** The outline row of an objective of the demo flour plan, by its key (`o-<key>`), its actions excluded. */
function objective(page: Page, key: string) {
	return page.locator(`li#o-${key} > .row`);
}

test.describe('in an English browser', () => {
	test('the strategy shows each objective with the map nodes linked to it, and a node opens the map on it', async ({
		page
	}) => {
		await openTab(page, 'demo-member', 'Strategy');
		await expect(page).toHaveURL(/\/c\/flour-kostanay\/p\/[^/]+\/strategy$/);
		await expect(page.getByRole('status').filter({ hasText: 'Online, saved' })).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: 'Strategic lines' })).toBeVisible();
		await expect(page.locator('li#l-1 > .row').getByRole('textbox', { name: 'Strategic line' })).toHaveValue(
			'Export markets'
		);
		await expect(page.getByRole('textbox', { name: 'Vision' })).toHaveValue(
			/By 2025 Kostanay flour is a recognised brand/
		);

		const logistics = objective(page, 'logistics');
		await expect(logistics.getByRole('textbox', { name: 'Objective' })).toHaveValue(
			'Cut the cost of shipping flour to export markets'
		);
		await expect(logistics.getByRole('list', { name: 'On the map:' }).getByRole('link')).toHaveText([
			'Rail freight (KTZ)'
		]);
		await expect(page.locator('li#o-logistics li[data-row] input').first()).toHaveValue(
			'Pool rail wagon orders of member mills'
		);
		await expect(
			objective(page, 'quality').getByRole('list', { name: 'On the map:' }).getByRole('link')
		).toHaveText(['Large flour mills']);
		await expect(objective(page, 'brand').getByText('Not linked to the map yet.')).toBeVisible();

		await logistics.getByRole('link', { name: 'Rail freight (KTZ)' }).click();
		await expect(page).toHaveURL(/\/c\/flour-kostanay\/p\/[^/]+\/map\?node=n-rail$/);
	});

	test('the projects table shows lead firm, budget, objectives and the linked map nodes, reachable by keyboard', async ({
		page
	}) => {
		await openTab(page, 'demo-reviewer', 'Projects');
		await expect(page).toHaveURL(/\/projects$/);
		const table = page.getByRole('table', { name: 'Projects of the plan' });
		const wagons = table.getByRole('row', { name: /Joint purchase of grain wagons/ });
		await expect(wagons.getByRole('cell').nth(0)).toHaveText('Grain elevators and receiving points');
		await expect(wagons).toContainText('₸1,200,000,000');
		await expect(wagons).toContainText('Loan');
		await expect(wagons).toContainText('Proposed');
		await expect(wagons).toContainText('Cut the cost of shipping flour to export markets');
		await expect(wagons.getByRole('link')).toHaveText(['Rail freight (KTZ)']);
		const office = table.getByRole('row', { name: /Joint export office/ });
		await expect(office.getByRole('link')).toHaveText(['Export: Afghanistan']);
		await expect(table.getByRole('row', { name: /Cluster association/ }).getByRole('link')).toHaveCount(0);

		await office.getByRole('link', { name: 'Export: Afghanistan' }).focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/map\?node=n-afghanistan$/);
	});

	test('the strategy and projects pages have no serious or critical accessibility violation', async ({
		page
	}) => {
		await openTab(page, 'demo-facilitator', 'Strategy');
		await expect(page.getByRole('link', { name: 'Rail freight (KTZ)' })).toBeVisible();
		expect(await seriousViolations(page)).toEqual([]);
		await page.getByRole('link', { name: 'Projects', exact: true }).click();
		await expect(page.getByRole('table')).toBeVisible();
		expect(await seriousViolations(page)).toEqual([]);
	});
});

test.describe('in a Russian browser', () => {
	test.use({ locale: 'ru-RU' });

	test('the strategy and projects pages speak Russian', async ({ page }) => {
		await openTab(page, 'demo-member', 'Стратегия');
		await expect(page.getByRole('heading', { level: 2, name: 'Стратегические направления' })).toBeVisible();
		// The demo plan's Russian texts show as they are; the English-only ones show with a marker.
		await expect(page.getByRole('textbox', { name: 'Видение' })).toHaveValue(/костанайская мука/);
		await expect(page.locator('li#l-1 > .row input').first()).toHaveValue('Экспортные рынки');
		await expect(page.getByRole('list', { name: 'На карте:' }).first()).toBeVisible();
		await expect(page.getByText('Запланировано').first()).toBeVisible();
		await expect(page.getByRole('button', { name: 'Добавить направление' })).toBeVisible();

		await page.getByRole('link', { name: 'Проекты', exact: true }).click();
		const table = page.getByRole('table', { name: 'Проекты плана' });
		await expect(table.getByRole('columnheader', { name: 'Ведущее предприятие' })).toBeVisible();
		await expect(table.getByRole('columnheader', { name: 'На карте' })).toBeVisible();
		const wagons = table.getByRole('row', { name: /Совместная закупка зерновозов/ });
		await expect(wagons).toContainText('Кредит');
		await expect(wagons).toContainText('Предложен');
		await expect(wagons).toContainText(/1\s200\s000\s000\s₸/);
	});
});
