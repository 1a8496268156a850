// The Excel files meant for people are in the reader's language: a Russian reader downloads a
// version's workbook from the versions page and the monitoring workbook from the monitoring page, and
// reads Russian sheet names, headers and values, never the codes (`state_support`, `in_progress`).
// Screenshots of the two pages in Russian and Kazakh go to /tmp/shots-f/.
import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { login } from './login';

const plan = 'flour-kostanay';
const shots = '/tmp/shots-f';

async function workbookOf(download: Download): Promise<ExcelJS.Workbook> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
	return workbook;
}

/** A sheet's column under `header`, below the header row. */
function column(sheet: ExcelJS.Worksheet, header: string): unknown[] {
	const headers = (sheet.getRow(1).values as unknown[]).slice(1);
	const index = headers.indexOf(header);
	expect(index, `${header} in ${headers.join(', ')}`).toBeGreaterThanOrEqual(0);
	const cells: unknown[] = [];
	sheet.eachRow((row, line) => {
		if (line > 1) cells.push(row.getCell(index + 1).value);
	});
	return cells;
}

async function saveVersion(page: Page, label: string): Promise<number> {
	const response = await page.request.post(`/api/plans/${plan}/versions`, { data: { label, note: '' } });
	expect(response.status(), await response.text()).toBe(201);
	return ((await response.json()) as { id: number }).id;
}

test.describe('a Russian reader', () => {
	test.use({ locale: 'ru-RU', viewport: { width: 1280, height: 900 } });

	test('downloads a version’s workbook in Russian from the versions page', async ({ page }) => {
		await login(page, 'demo-facilitator');
		const id = await saveVersion(page, 'Для чтения');
		await page.goto(`/c/${plan}/p/${plan}/versions`);
		const card = page.getByTestId(`version-v${id}`);
		const link = card.getByRole('link', { name: 'Скачать Excel (для чтения, на вашем языке)' });
		await link.scrollIntoViewIfNeeded();
		await page.screenshot({ path: `${shots}/versions-ru.png` });
		const downloading = page.waitForEvent('download');
		await link.click();
		const workbook = await workbookOf(await downloading);

		expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Проекты', 'Индикаторы', 'О версии']);
		const projects = workbook.getWorksheet('Проекты')!;
		const funding = column(projects, 'Источник финансирования');
		expect(funding.length).toBeGreaterThan(0);
		const russianFunding = ['Меры господдержки', 'Собственные средства', 'Донор', 'Кредит', 'Другое'];
		for (const source of funding) expect(russianFunding).toContain(source);
		expect(column(projects, 'Статус')).not.toContain('in_progress');
		expect(column(projects, 'Бюджет').every((budget) => typeof budget === 'number')).toBe(true);
	});

	test('downloads the monitoring workbook in Russian, offered apart from the file to re-import', async ({
		page
	}) => {
		await login(page, 'demo-facilitator');
		await page.goto(`/c/${plan}/p/${plan}/monitoring`);
		await page.locator('details.export summary').click();
		const forPeople = page.getByRole('list', { name: 'Для чтения, на вашем языке' });
		const forImport = page.getByRole('list', { name: /Для правки и повторного импорта/ });
		await expect(forImport.getByRole('link', { name: 'Значения и индикаторы (XLSX)' })).toBeVisible();
		const link = forPeople.getByRole('link', { name: 'Значения и индикаторы на вашем языке (XLSX)' });
		await expect(link).toBeVisible();
		await page.screenshot({ path: `${shots}/monitoring-export-ru.png` });
		const downloading = page.waitForEvent('download');
		await link.click();
		const workbook = await workbookOf(await downloading);

		expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Значения', 'Индикаторы']);
		const values = workbook.getWorksheet('Значения')!;
		const states = column(values, 'Статус отчётного года');
		expect(states).toContain('Утверждён');
		expect(states).not.toContain('approved');
		expect(column(values, 'Значение').every((value) => typeof value === 'number')).toBe(true);
		expect(column(values, 'Когда внесено').every((at) => at instanceof Date)).toBe(true);
	});
});

test.describe('a Kazakh reader', () => {
	test.use({ locale: 'kk-KZ', viewport: { width: 1280, height: 900 } });

	test('sees which download is for reading and which for the import', async ({ page }) => {
		await login(page, 'demo-facilitator');
		await page.goto(`/c/${plan}/p/${plan}/monitoring`);
		await page.locator('details.export summary').click();
		await expect(page.getByRole('list', { name: 'Оқуға, сіздің тіліңізде' })).toBeVisible();
		await page.screenshot({ path: `${shots}/monitoring-export-kk.png` });
		await page.goto(`/c/${plan}/p/${plan}/versions`);
		const link = page.getByRole('link', { name: 'Excel жүктеп алу (оқуға, сіздің тіліңізде)' }).first();
		await link.scrollIntoViewIfNeeded();
		await expect(link).toBeVisible();
		await page.screenshot({ path: `${shots}/versions-kk.png` });
	});
});
