// Cluster names, regions, sectors and plan titles read in each reader's language: Russian and
// Kazakh readers see the demo clusters as the clusters wrote them, a missing translation shows the
// text in another language marked with its code, and an admin's translation shows at once. Adding,
// re-roling and removing a member is confirmed in words a screen reader announces.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { login, newAccount } from './login';

const FLOUR_RU = 'Кластер мукомольной отрасли Костанайской области';
const FLOUR_KK = 'Қостанай облысының ұн тарту кластері';
const MILK_RU = 'Молочный кластер Акмолинской области';
const PLAN_RU = 'Стратегический план развития кластера на 2019–2025 годы';
const PLAN_KK = 'Кластерді дамытудың 2019–2025 жылдарға арналған стратегиялық жоспары';
const PHARMA_RU = 'Фармацевтический кластер Южно-Казахстанской области';

/** A signed-in page in a browser of `locale` (demo accounts keep no language of their own). */
async function reader(browser: Browser, username: string, locale: string): Promise<Page> {
	const context = await browser.newContext({ locale });
	const page = await context.newPage();
	await login(page, username);
	return page;
}

test('a Russian reader sees the clusters, their plans and the plan header in Russian', async ({
	browser
}) => {
	const page = await reader(browser, 'demo-member', 'ru-RU');
	const names = page.locator('ul.clusters > li h2');
	await expect(names).toHaveText([FLOUR_RU, MILK_RU]);
	const flour = page.locator('ul.clusters > li').filter({ hasText: FLOUR_RU });
	await expect(flour.locator('p.muted')).toHaveText(
		'Костанайская область · Мукомольная промышленность и переработка зерна'
	);
	await expect(page.getByTestId('lang-fallback')).toHaveCount(0);

	await flour.getByRole('link', { name: FLOUR_RU }).click();
	await expect(page.getByTestId('cluster-name')).toHaveText(FLOUR_RU);
	await expect(page.getByTestId('cluster-region')).toHaveText('Костанайская область');
	await expect(page).toHaveTitle(`${FLOUR_RU} · Clusterplan`);

	await page.getByRole('link', { name: PLAN_RU }).click();
	await expect(page.getByTestId('plan-title')).toHaveText(PLAN_RU);
	await expect(page.getByTestId('crumb-cluster')).toHaveText(FLOUR_RU);
	await expect(page).toHaveTitle(new RegExp(`${PLAN_RU} · ${FLOUR_RU} · Clusterplan$`));
	await page.context().close();
});

test('a Kazakh reader sees Kazakh names, and the Russian text marked RU where no Kazakh is written yet', async ({
	browser
}) => {
	const page = await reader(browser, 'demo-reviewer', 'kk-KZ');
	await expect(page.locator('ul.clusters > li h2').filter({ hasText: FLOUR_KK })).toHaveCount(1);
	const flour = page.locator('ul.clusters > li').filter({ hasText: FLOUR_KK });
	await expect(flour.getByRole('link', { name: PLAN_KK })).toBeVisible();
	await expect(flour.getByTestId('lang-fallback')).toHaveCount(0);

	// The pharmaceutical cluster has no Kazakh name, sector or plan title yet.
	const pharma = page.locator('ul.clusters > li').filter({ hasText: PHARMA_RU });
	const marker = pharma.locator('h2').getByTestId('lang-fallback');
	await expect(marker).toHaveText(/RU/);
	await expect(marker).toHaveAttribute('title', /орыс тілінде көрсетілген: қазақ тілінде мәтін әлі жоқ/i);
	await expect(pharma.locator('p.muted')).toContainText('Оңтүстік Қазақстан облысы');
	await expect(pharma.locator('p.muted').getByTestId('lang-fallback')).toHaveCount(1);

	await flour.getByRole('link', { name: FLOUR_KK }).click();
	await expect(page.getByTestId('cluster-name')).toHaveText(FLOUR_KK);
	await expect(page.getByTestId('cluster-sector')).toHaveText('Ұн тарту және астық өңдеу');
	await page.getByRole('link', { name: PLAN_KK }).click();
	await expect(page.getByTestId('plan-title')).toHaveText(PLAN_KK);
	await expect(page.getByTestId('crumb-cluster')).toHaveText(FLOUR_KK);

	await page.goto('/c/pharma-south-kazakhstan');
	await expect(page.getByTestId('cluster-name')).toContainText(PHARMA_RU);
	await expect(page.getByTestId('cluster-name').getByTestId('lang-fallback')).toBeVisible();
	await page.getByRole('link', { name: new RegExp('Стратегический план развития') }).click();
	await expect(page.getByTestId('plan-title')).toContainText('Стратегический план развития');
	await expect(page.getByTestId('plan-title').getByTestId('lang-fallback')).toHaveText(/RU/);
	await page.context().close();
});

test('an admin adds the Kazakh name of a new cluster and the Kazakh title of its plan, and a Kazakh reader sees them', async ({
	browser
}) => {
	const tag = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
	const russian = `Кластер проверки ${tag}`;
	const kazakh = `Тексеру кластері ${tag}`;
	const admin = await reader(browser, 'demo-admin', 'en-US');
	await admin.goto('/admin');
	expect(await seriousViolations(admin)).toEqual([]);
	const create = admin.locator('form[action="?/createCluster"]');
	await create.getByRole('group', { name: 'Cluster name' }).getByLabel('Russian').fill(russian);
	await create.getByRole('group', { name: 'Region' }).getByLabel('Russian').fill('Костанайская область');
	await create.getByRole('group', { name: 'Sector' }).getByLabel('Russian').fill('Хлебопечение');
	// Translations not typed yet are flagged as the name is typed.
	await expect(create.getByRole('group', { name: /Cluster name/ }).getByTestId('lang-missing')).toContainText(
		'no KK, EN'
	);
	await create.getByRole('button', { name: 'Create cluster' }).click();
	await expect(create.getByRole('status')).toContainText('Cluster created.');
	await create.getByRole('link', { name: 'Open' }).click();
	await expect(admin.getByTestId('cluster-name')).toContainText(russian);
	const clusterUrl = admin.url();

	const kk = await reader(browser, 'demo-admin', 'kk-KZ');
	await kk.goto(clusterUrl);
	await expect(kk.getByTestId('cluster-name')).toContainText(russian);
	await expect(kk.getByTestId('cluster-name').getByTestId('lang-fallback')).toBeVisible();
	// A new cluster's plan is titled in all three languages.
	await expect(kk.getByRole('link', { name: 'Стратегиялық даму жоспары' })).toBeVisible();

	await admin.getByText('Names and translations').click();
	await admin.getByText('Title and translations').click();
	expect(await seriousViolations(admin)).toEqual([]);
	const names = admin.locator('form[action="?/rename"]');
	await names
		.getByRole('group', { name: /Cluster name/ })
		.getByLabel('Kazakh')
		.fill(kazakh);
	await names.getByRole('button', { name: 'Save names' }).click();
	await expect(names.getByRole('status')).toHaveText('The names are saved.');
	await expect(admin.getByTestId('cluster-name')).toContainText(russian);

	await admin
		.getByRole('group', { name: /Plan title/ })
		.getByLabel('Kazakh')
		.fill(`Жоспар ${tag}`);
	await admin.getByRole('button', { name: 'Save title' }).click();
	await expect(admin.getByRole('status').filter({ hasText: 'The title is saved.' })).toBeVisible();

	await kk.reload();
	await expect(kk.getByTestId('cluster-name')).toHaveText(kazakh);
	await expect(kk.getByTestId('cluster-name').getByTestId('lang-fallback')).toHaveCount(0);
	await kk.getByRole('link', { name: `Жоспар ${tag}` }).click();
	await expect(kk.getByTestId('plan-title')).toHaveText(`Жоспар ${tag}`);
	await expect(kk.getByTestId('crumb-cluster')).toHaveText(kazakh);
	await admin.context().close();
	await kk.context().close();
});

test('adding a member, changing their role and removing them is each confirmed in the reader’s language', async ({
	browser
}) => {
	const username = await newAccount(browser, 'Гүлнар Тексеруші');
	const page = await reader(browser, 'demo-facilitator', 'ru-RU');
	await page.goto('/c/milk-akmola');
	const confirmation = page.getByTestId('member-confirmation');
	await expect(confirmation).toHaveAttribute('role', 'status');
	await expect(confirmation).toHaveText('');

	const add = page.locator('form[action="?/addMember"]');
	await add.getByLabel('Имя пользователя').fill(username);
	await add.getByLabel('Роль').selectOption('member');
	await add.getByRole('button', { name: 'Добавить участника' }).click();
	await expect(confirmation).toHaveText('Гүлнар Тексеруші теперь участник кластера с ролью «Участник».');
	const row = page.getByRole('row', { name: /Гүлнар Тексеруші/ });
	await expect(row).toBeVisible();

	await row.getByLabel('Роль: Гүлнар Тексеруші').selectOption('coordinator');
	await row.getByRole('button', { name: 'Изменить роль' }).click();
	await expect(confirmation).toHaveText('У Гүлнар Тексеруші теперь роль «Координатор».');

	await row.getByRole('button', { name: 'Исключить Гүлнар Тексеруші из кластера' }).click();
	await expect(confirmation).toHaveText('Гүлнар Тексеруші больше не участник кластера.');
	await expect(page.getByRole('row', { name: /Гүлнар Тексеруші/ })).toHaveCount(0);
	await page.context().close();
});
