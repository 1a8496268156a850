// The programme's funding page as KIDI uses it: a reviewer finds the projects that wait for a
// measure only proposed, prepares the proposal to the ministry from them in Russian, and downloads
// the proposals as a Russian workbook and PDF. Screenshots in Russian and Kazakh go to /tmp/shots-p/.
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { hydrated, login } from './login';

test.describe.configure({ timeout: 120_000 });
const shots = '/tmp/shots-p';
const measure = 'cluster-joint-project-grant';

test.describe('a Russian reviewer', () => {
	test.use({ locale: 'ru-RU', viewport: { width: 1280, height: 900 } });

	test('prepares a proposal from the projects waiting for a proposed measure and downloads it in Russian', async ({
		page
	}) => {
		await login(page, 'demo-reviewer');
		await page.goto('/programme/funding?asOf=2019-12-31');
		await hydrated(page);
		await expect(page.getByRole('heading', { level: 1, name: 'Финансирование программы' })).toBeVisible();
		// What the clusters ask of the joint project grant, which no act grants yet.
		const group = page.locator(`[data-testid="blocked-group"][data-measure="${measure}"]`);
		await expect(group.getByRole('heading')).toContainText('Грант на совместные проекты');
		await expect(group.getByRole('listitem')).toHaveCount(2);
		await page.screenshot({ path: `${shots}/programme-funding-ru.png`, fullPage: true });
		expect(await seriousViolations(page)).toEqual([]);

		await group.getByRole('button', { name: 'Подготовить предложение' }).click();
		const dialog = page.getByTestId('proposal-dialog');
		await expect(dialog.getByRole('checkbox')).toHaveCount(2);
		// Leaving every project out is refused beside the list, and nothing is stored.
		for (const box of await dialog.getByRole('checkbox').all()) await box.uncheck();
		await dialog.getByRole('button', { name: 'Сохранить' }).click();
		await expect(dialog.getByRole('alert')).toHaveText(
			'Выберите хотя бы один проект, которому мера поможет.'
		);
		for (const box of await dialog.getByRole('checkbox').all()) await box.check();
		await dialog.getByLabel('Русский').fill('Совместные проекты кластеров не могут начаться без гранта.');
		await dialog.getByRole('button', { name: 'Сохранить' }).click();
		await expect(dialog).toBeHidden();
		const row = page.locator(`[data-proposal="${measure}"]`);
		await expect(row).toContainText('Грант на совместные проекты');
		await expect(row.locator('td').nth(0)).toHaveText('2');

		await page.getByTestId('proposals-lang').selectOption('ru');
		const workbookDownload = page.waitForEvent('download');
		await page.getByRole('link', { name: 'Скачать Excel (для чтения, на вашем языке)' }).click();
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(
			(await readFile(await (await workbookDownload).path())) as unknown as ArrayBuffer
		);
		expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Меры', 'Проекты']);
		const names = (workbook.getWorksheet('Меры')!.getColumn(1).values as unknown[]).map(String);
		expect(names.some((name) => name.startsWith('Грант на совместные проекты'))).toBe(true);

		const pdfDownload = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Скачать PDF' }).click();
		const pdf = await readFile(await (await pdfDownload).path());
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	});
});

test.describe('a Kazakh reviewer', () => {
	test.use({ locale: 'kk-KZ', viewport: { width: 1280, height: 900 } });

	test('reads the programme’s funding in Kazakh, fitting 1280 px', async ({ page }) => {
		await login(page, 'demo-reviewer');
		await page.goto('/programme/funding?asOf=2019-12-31');
		await expect(page.getByRole('heading', { level: 1, name: 'Бағдарламаны қаржыландыру' })).toBeVisible();
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width).toBeLessThanOrEqual(1280);
		await page.screenshot({ path: `${shots}/programme-funding-kk.png`, fullPage: true });
	});
});
