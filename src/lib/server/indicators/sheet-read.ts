// Reads an uploaded XLSX or CSV file into value rows. The kind is told by the bytes, not the name:
// an XLSX file is a zip archive; anything else must be text. Values come from the sheet named
// "Values" (what the export writes), or else the first sheet.
import ExcelJS from 'exceljs';
import { parseCsv } from './csv';
import { SheetProblem, valueRows, type SheetLine } from './sheet-rows';
import type { BatchRow } from './values';

/** The largest file an import takes. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const unreadable = () =>
	new SheetProblem(400, 'file_unreadable', 'the file is neither an XLSX workbook nor a CSV text file');

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, i) => bytes[i] === byte);

async function xlsxLines(bytes: Uint8Array): Promise<SheetLine[]> {
	const workbook = new ExcelJS.Workbook();
	try {
		// exceljs declares its own Buffer type; a Node Buffer is what it reads at run time.
		await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
	} catch {
		throw unreadable();
	}
	const sheet =
		workbook.worksheets.find((candidate) => candidate.name.trim().toLowerCase() === 'values') ??
		workbook.worksheets[0];
	if (!sheet) throw unreadable();
	const lines: SheetLine[] = [];
	sheet.eachRow({ includeEmpty: false }, (row, line) => {
		// row.values is 1-based: index 0 is always empty.
		lines.push({ line, cells: (row.values as unknown[]).slice(1) });
	});
	return lines;
}

function csvLines(bytes: Uint8Array): SheetLine[] {
	if (bytes.subarray(0, 8192).includes(0)) throw unreadable();
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		// Excel's "CSV" in Russian Windows saves in the ANSI code page, not UTF-8.
		text = new TextDecoder('windows-1251').decode(bytes);
	}
	return parseCsv(text).map((cells, index) => ({ line: index + 1, cells }));
}

/** The value rows of an uploaded file; refuses files that are not XLSX or CSV, or have no header. */
export async function readValueFile(bytes: Uint8Array): Promise<BatchRow[]> {
	if (bytes.length > MAX_IMPORT_BYTES) {
		throw new SheetProblem(413, 'file_too_large', 'the file is larger than 5 MB');
	}
	if (bytes.length === 0) throw new SheetProblem(400, 'no_file', 'the file is empty');
	// Zip archives (XLSX) start with "PK\3\4"; old binary .xls files with the OLE signature.
	if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return valueRows(await xlsxLines(bytes));
	if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) throw unreadable();
	return valueRows(csvLines(bytes));
}
