// Writes export tables as an XLSX workbook. Codes and periods are written as text cells in text
// columns: Excel would otherwise read "2025" as a number and "2025-07" as a date, and the file
// would no longer say which period a value is for.
import ExcelJS from 'exceljs';
import type { SheetTable } from './sheet-tables';

// Columns that hold keys, not quantities.
const TEXT_COLUMNS = new Set(['indicator', 'period', 'code', 'state', 'recorded_at']);

function addSheet(workbook: ExcelJS.Workbook, table: SheetTable): void {
	const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
	sheet.columns = table.header.map((key) => ({
		header: key,
		key,
		width: Math.max(12, Math.min(40, key.length + 4)),
		style: TEXT_COLUMNS.has(key) ? { numFmt: '@' } : {}
	}));
	sheet.getRow(1).font = { bold: true };
	for (const row of table.rows) {
		// Empty text is left an empty cell, as a person would leave it.
		sheet.addRow(
			row.map((cell, index) =>
				cell === '' || cell === null ? null : TEXT_COLUMNS.has(table.header[index]!) ? String(cell) : cell
			)
		);
	}
}

/** The tables as one workbook, a sheet each, in the order given. */
export async function workbookBytes(tables: readonly SheetTable[]): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Clusterplan';
	for (const table of tables) addSheet(workbook, table);
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}
