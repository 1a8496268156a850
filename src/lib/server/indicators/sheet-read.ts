// Reads an uploaded XLSX or CSV file into value rows, within the caps of import-caps.ts. The kind is
// told by the bytes, not the name: an XLSX file is a zip archive; anything else must be text.
import { parseCsvLines } from './csv';
import { MAX_IMPORT_BYTES } from './import-caps';
import { SheetBudget } from './sheet-budget';
import { isRefusal } from '../../refusal';
import { sheetProblem, valueRows, type SheetLine } from './sheet-rows';
import { checkedParts, valueParts } from './xlsx-parts';
import { xlsxLines } from './xlsx-lines';
import { letOthersIn } from '../let-others-in';
import type { BatchRow } from './values';

const unreadable = () =>
	sheetProblem(400, 'file_unreadable', 'the file is neither an XLSX workbook nor a CSV text file');

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, i) => bytes[i] === byte);

async function xlsxFileLines(bytes: Uint8Array, budget: SheetBudget): Promise<SheetLine[]> {
	let parts;
	try {
		parts = valueParts(bytes, checkedParts(bytes));
	} catch (problem) {
		if (isRefusal(problem)) throw problem;
		throw unreadable();
	}
	if (!parts) throw unreadable();
	// A part that unpacks past its declared size fails the stream the reader is reading; the reader
	// does not hear of it, so the failure itself ends the wait.
	const failed = new Promise<never>((_, reject) => parts.once('error', reject));
	try {
		const lines = await Promise.race([xlsxLines(parts, budget), failed]);
		if (!lines) throw unreadable();
		return lines;
	} catch (problem) {
		if (isRefusal(problem)) throw problem;
		throw unreadable();
	} finally {
		parts.destroy();
	}
}

async function csvFileLines(bytes: Uint8Array, budget: SheetBudget): Promise<SheetLine[]> {
	if (bytes.subarray(0, 8192).includes(0)) throw unreadable();
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		// Excel's "CSV" in Russian Windows saves in the ANSI code page, not UTF-8.
		text = new TextDecoder('windows-1251').decode(bytes);
	}
	// Blank lines are counted (errors name the line people see) but not kept.
	const lines: SheetLine[] = [];
	let line = 0;
	for (const cells of parseCsvLines(text)) {
		if (budget.take(cells)) lines.push({ line: line + 1, cells });
		if (++line % 2000 === 0) await letOthersIn();
	}
	return lines;
}

/**
 * The lines of an uploaded XLSX or CSV file (of an XLSX, its "Values" sheet or else the first);
 * refuses files past the caps and files that are neither.
 */
export async function readSheetLines(bytes: Uint8Array): Promise<SheetLine[]> {
	if (bytes.length > MAX_IMPORT_BYTES) {
		throw sheetProblem(413, 'file_too_large', 'the file is larger than 5 MB');
	}
	if (bytes.length === 0) throw sheetProblem(400, 'no_file', 'the file is empty');
	const budget = new SheetBudget();
	// Zip archives (XLSX) start with "PK\3\4"; old binary .xls files with the OLE signature.
	if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return xlsxFileLines(bytes, budget);
	if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) throw unreadable();
	return csvFileLines(bytes, budget);
}

/**
 * The value rows of an uploaded file; refuses files past the caps, files that are not XLSX or CSV,
 * and files without a header.
 */
export async function readValueFile(bytes: Uint8Array): Promise<BatchRow[]> {
	return valueRows(await readSheetLines(bytes));
}
