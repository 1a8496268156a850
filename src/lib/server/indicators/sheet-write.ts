// Writes export tables as an XLSX workbook. Codes and periods are written as text cells in text
// columns: Excel would otherwise read "2025" as a number and "2025-07" as a date, and the file
// would no longer say which period a value is for.
import ExcelJS from 'exceljs';
import type { SheetTable } from './sheet-tables';

// Columns that hold keys, not quantities.
const TEXT_COLUMNS = new Set(['indicator', 'period', 'code', 'state', 'recorded_at']);

/** A sheet to write: its name, header and rows; `textColumns` (indexes) for headers not in English keys. */
export type WrittenTable = Omit<SheetTable, 'name'> & { name: string; textColumns?: readonly number[] };

function addSheet(workbook: ExcelJS.Workbook, table: WrittenTable): void {
	const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
	const isText = (index: number) =>
		table.textColumns?.includes(index) ?? TEXT_COLUMNS.has(table.header[index]!);
	sheet.columns = table.header.map((key, index) => ({
		header: key,
		key,
		width: Math.max(12, Math.min(40, key.length + 4)),
		style: isText(index) ? { numFmt: '@' } : {}
	}));
	sheet.getRow(1).font = { bold: true };
	for (const row of table.rows) {
		// Empty text is left an empty cell, as a person would leave it.
		sheet.addRow(
			row.map((cell, index) => (cell === '' || cell === null ? null : isText(index) ? String(cell) : cell))
		);
	}
}

/** The tables as one workbook, a sheet each, in the order given. */
export async function workbookBytes(tables: readonly WrittenTable[]): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Clusterplan';
	for (const table of tables) addSheet(workbook, table);
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}
