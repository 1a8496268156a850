// Writes a version's sheets as one XLSX workbook, in the indicator export's style: bold header row,
// frozen, and text columns kept as text so Excel reads no code as a number and no period as a date.
import ExcelJS from 'exceljs';
import type { VersionSheet } from './version-sheets';

function addSheet(workbook: ExcelJS.Workbook, sheet: VersionSheet): void {
	const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
	worksheet.columns = sheet.columns.map(({ key, text }) => ({
		header: key,
		key,
		width: Math.max(12, Math.min(40, key.length + 4)),
		style: text ? { numFmt: '@' } : {}
	}));
	worksheet.getRow(1).font = { bold: true };
	for (const row of sheet.rows) {
		worksheet.addRow(
			row.map((cell, index) => {
				// Empty text is left an empty cell, as a person would leave it.
				if (cell === '' || cell === null) return null;
				return sheet.columns[index]?.text ? String(cell) : cell;
			})
		);
	}
}

/** The sheets as one workbook, in the order given. */
export async function versionWorkbook(sheets: readonly VersionSheet[]): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Clusterplan';
	for (const sheet of sheets) addSheet(workbook, sheet);
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}
