// Writes sheets meant for people as one XLSX workbook: bold header row, frozen; numbers as numbers,
// days and times as Excel dates in the reader's order (01.09.2025 in Russian and Kazakh), and text
// columns kept as text so Excel reads no code as a number and no "1.2" as a date.
import ExcelJS from 'exceljs';
import type { Lang } from '../../plan';

/**
 * What a column holds: `text` as typed; `number`; `day` an ISO day (YYYY-MM-DD); `moment` an ISO
 * time, shown in the server's time zone as the pages show it; `mixed` each cell as it comes.
 */
export type ColumnKind = 'text' | 'number' | 'day' | 'moment' | 'mixed';
export type ReadableColumn = { header: string; kind: ColumnKind };
/** A cell; `{ moment }` is an ISO time in any column. */
export type ReadableCell = string | number | { moment: string } | null;
/** One sheet: its name and column headers in the reader's language, and its rows. */
export type ReadableSheet = { name: string; columns: ReadableColumn[]; rows: ReadableCell[][] };

const DAY_FORMAT: Record<Lang, string> = { ru: 'dd.mm.yyyy', kk: 'dd.mm.yyyy', en: 'd mmm yyyy' };
const MOMENT_FORMAT: Record<Lang, string> = {
	ru: 'dd.mm.yyyy hh:mm',
	kk: 'dd.mm.yyyy hh:mm',
	en: 'd mmm yyyy hh:mm'
};

// Excel dates have no time zone: a cell holds the wall-clock time the reader should see, which
// ExcelJS takes from the UTC fields of the Date it is given.
function dayCell(iso: string): Date | string {
	const date = new Date(`${iso}T00:00:00Z`);
	return Number.isNaN(date.getTime()) ? iso : date;
}

function momentCell(iso: string): Date | string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	return new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
}

function cellValue(cell: ReadableCell, kind: ColumnKind): ExcelJS.CellValue {
	// Empty text is left an empty cell, as a person would leave it.
	if (cell === '' || cell === null) return null;
	if (typeof cell === 'object') return momentCell(cell.moment);
	if (kind === 'day' && typeof cell === 'string') return dayCell(cell);
	if (kind === 'moment' && typeof cell === 'string') return momentCell(cell);
	return kind === 'text' ? String(cell) : cell;
}

function columnStyle(kind: ColumnKind, lang: Lang): Partial<ExcelJS.Style> {
	if (kind === 'text') return { numFmt: '@' };
	if (kind === 'day') return { numFmt: DAY_FORMAT[lang] };
	if (kind === 'moment') return { numFmt: MOMENT_FORMAT[lang] };
	return {};
}

function addSheet(workbook: ExcelJS.Workbook, sheet: ReadableSheet, lang: Lang): void {
	// Excel allows 31 characters in a sheet's name.
	const worksheet = workbook.addWorksheet(sheet.name.slice(0, 31), {
		views: [{ state: 'frozen', ySplit: 1 }]
	});
	worksheet.columns = sheet.columns.map(({ header, kind }) => ({
		header,
		width: Math.max(kind === 'moment' ? 18 : 12, Math.min(40, header.length + 4)),
		style: columnStyle(kind, lang)
	}));
	worksheet.getRow(1).font = { bold: true };
	for (const row of sheet.rows) {
		const added = worksheet.addRow(
			row.map((cell, index) => cellValue(cell, sheet.columns[index]?.kind ?? 'text'))
		);
		row.forEach((cell, index) => {
			if (cell !== null && typeof cell === 'object') added.getCell(index + 1).numFmt = MOMENT_FORMAT[lang];
		});
	}
}

/** The sheets as one workbook for a reader of `lang`, in the order given. */
export async function readableWorkbook(sheets: readonly ReadableSheet[], lang: Lang): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Clusterplan';
	for (const sheet of sheets) addSheet(workbook, sheet, lang);
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}
