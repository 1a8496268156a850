// Export and import of indicator values through the monitoring page: the XLSX downloaded from the
// export holds the recorded values, and imported again after a value changed it previews that one
// change, applies it, and leaves the plan with the values it had when exported. Works in the milk
// cluster's year 2024 only, which no other spec records in.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { login } from './login';

const plan = 'milk-akmola';
const api = `/api/plans/${plan}`;

type ApiIndicator = {
	id: string;
	code: string;
	frequency: string;
	formula: string | null;
	values: { period: string; value: number }[];
};

async function indicators(page: Page): Promise<ApiIndicator[]> {
	const response = await page.request.get(`${api}/indicators?unapproved=1`);
	expect(response.status()).toBe(200);
	return ((await response.json()) as { indicators: ApiIndicator[] }).indicators;
}

async function record(page: Page, indicator: ApiIndicator, period: string, value: number) {
	const response = await page.request.post(`${api}/indicators/${indicator.id}/values`, {
		data: { period, value, note: 'e2e sheets' }
	});
	expect(response.status(), await response.text()).toBeLessThan(300);
}

/** The rows of the Values sheet as [indicator, period, value, state]. */
function valueRows(workbook: ExcelJS.Workbook): unknown[][] {
	const sheet = workbook.getWorksheet('Values')!;
	const rows: unknown[][] = [];
	sheet.eachRow((row, line) => {
		if (line > 1) rows.push([1, 2, 3, 6].map((column) => row.getCell(column).value));
	});
	return rows;
}

test('values exported to XLSX and imported again come back as they were exported', async ({ page }) => {
	await login(page, 'demo-coordinator');
	const measured = (await indicators(page)).filter((indicator) => indicator.formula === null);
	const quarterly = measured.find((indicator) => indicator.frequency === 'quarterly')!;
	const annual = measured.find((indicator) => indicator.frequency === 'annual')!;
	await record(page, quarterly, '2024-Q1', 123.4);
	await record(page, annual, '2024', 31.5);

	await page.goto(`/c/${plan}/p/${plan}/monitoring`);
	// The download menu from the keyboard: open it, Tab past the workbook to read to the workbook the
	// import reads, Enter.
	await page.locator('details.export summary').focus();
	await page.keyboard.press('Enter');
	const xlsxLink = page.getByRole('link', { name: 'Values and indicators (XLSX)' });
	await page.keyboard.press('Tab');
	await expect(
		page.getByRole('link', { name: 'Values and indicators in your language (XLSX)' })
	).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(xlsxLink).toBeFocused();
	const downloading = page.waitForEvent('download');
	await page.keyboard.press('Enter');
	const download = await downloading;
	expect(download.suggestedFilename()).toBe(`${plan}-indicator-values.xlsx`);
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(
		(await readFile(await download.path())) as unknown as Parameters<typeof workbook.xlsx.load>[0]
	);
	const exported = valueRows(workbook);
	expect(exported).toContainEqual([quarterly.code, '2024-Q1', 123.4, 'in_progress']);
	expect(exported).toContainEqual([annual.code, '2024', 31.5, 'in_progress']);

	// Someone corrects a value after the export; importing the file puts the exported one back.
	await record(page, annual, '2024', 41.5);
	// Only this spec's year goes back in, so values other specs record meanwhile are left alone.
	const sheet = workbook.getWorksheet('Values')!;
	for (let line = sheet.rowCount; line > 1; line--) {
		if (!String(sheet.getRow(line).getCell(2).value).startsWith('2024')) sheet.spliceRows(line, 1);
	}
	const buffer = Buffer.from(await workbook.xlsx.writeBuffer());

	const importer = page.getByRole('region', { name: 'Import values from a file' });
	await importer.getByLabel(/Spreadsheet \(XLSX or CSV/).setInputFiles({
		name: download.suggestedFilename(),
		mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		buffer
	});
	await importer.getByRole('button', { name: 'Check file' }).click();
	await expect(importer.getByText('New: 0, changed: 1, unchanged: 1, errors: 0')).toBeVisible();
	const changed = importer.getByRole('row').filter({ hasText: annual.code });
	await expect(changed.getByRole('cell').last()).toHaveText('Changed: 41.5 → 31.5');
	const axe = await new AxeBuilder({ page }).include('section.import').analyze();
	expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

	await importer.getByRole('button', { name: 'Apply values: 1' }).click();
	await expect(importer.getByRole('status')).toHaveText('Values recorded: 1.');

	const after = await indicators(page);
	const valueOf = (indicator: ApiIndicator, period: string) =>
		after.find((candidate) => candidate.id === indicator.id)!.values.find((value) => value.period === period)
			?.value;
	expect(valueOf(quarterly, '2024-Q1')).toBe(123.4);
	expect(valueOf(annual, '2024')).toBe(31.5);
});
