// Reads the lines of an XLSX file's value sheet as they stream, within the import's caps: the sheet
// named "Values" (what the export writes), or else the first. Nothing else is unpacked, and reading
// stops at the line that crosses a cap. Cells come as ExcelJS gives them (numbers, dates by their
// style, rich text, formulas with results); a link keeps its address for the evidence column.
import ExcelJS from 'exceljs';
import type { Readable } from 'node:stream';
import type { SheetLine } from './sheet-rows';
import type { SheetBudget } from './sheet-budget';

type StreamRow = { number: number; values: unknown[]; cellCount: number };
type StreamSheet = {
	id: number | string;
	name: string;
	parse(): AsyncIterable<{ eventType: string; value: unknown }[]>;
};
type StreamLinks = { on(event: 'hyperlink', take: (link: Link) => void): void; read(): Promise<void> };
type Link = { rId: string; target: string };
type ReaderEvent = { eventType: string; value: unknown };
type Reader = {
	parse(): AsyncIterable<ReaderEvent>;
	model?: { sheets?: { name: string; rId: string }[] };
	workbookRels?: { Id: string; Target: string }[];
};

const isValues = (name: string) => name.trim().toLowerCase() === 'values';

/** Whether `sheet` is the one to read: "Values" if there is one, else the first in the workbook. */
function isWanted(reader: Reader, sheet: StreamSheet): boolean {
	const sheets = reader.model?.sheets ?? [];
	const wanted = sheets.find((candidate) => isValues(candidate.name)) ?? sheets[0];
	if (!wanted) return false;
	if (sheet.name === wanted.name) return true;
	// ExcelJS names a sheet only when its relationship's target is relative; some writers (openpyxl)
	// write "/xl/worksheets/sheet1.xml", and the sheet keeps its file's number and "SheetN".
	const target = reader.workbookRels?.find((rel) => rel.Id === wanted.rId)?.Target ?? '';
	const file = /sheet(\d+)\.xml$/.exec(target)?.[1];
	return file !== undefined && sheet.name === `Sheet${sheet.id}` && Number(sheet.id) === Number(file);
}

// "E12" → line 12, column 5.
function place(ref: string): { line: number; column: number } | null {
	const match = /^([A-Z]{1,3})(\d+)$/.exec(ref);
	if (!match) return null;
	const column = [...match[1]!].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
	return { line: Number(match[2]), column };
}

async function sheetLines(sheet: StreamSheet, budget: SheetBudget, links: Map<string, string>) {
	const lines: SheetLine[] = [];
	const linked: { ref: string; rId: string }[] = [];
	for await (const events of sheet.parse()) {
		for (const { eventType, value } of events) {
			if (eventType === 'hyperlink') linked.push(value as { ref: string; rId: string });
			if (eventType !== 'row') continue;
			const row = value as StreamRow;
			// row.values is 1-based: index 0 is always empty.
			const cells = row.values.slice(1);
			if (budget.take(cells, row.cellCount)) lines.push({ line: row.number, cells });
		}
	}
	// A sheet lists its links after its rows: a linked cell becomes its text and its address.
	const byLine = new Map(lines.map((line) => [line.line, line.cells as unknown[]]));
	for (const { ref, rId } of linked) {
		const at = place(ref);
		const cells = at && byLine.get(at.line);
		const hyperlink = links.get(rId);
		if (!cells || hyperlink === undefined) continue;
		cells[at.column - 1] = { text: cells[at.column - 1], hyperlink };
	}
	return lines;
}

/**
 * The lines of the value sheet in `parts` (a zip stream ExcelJS can read, see xlsx-parts.ts), or
 * null when the workbook has no sheet. Throws the budget's refusal at the line past a cap.
 */
export async function xlsxLines(parts: Readable, budget: SheetBudget): Promise<SheetLine[] | null> {
	const reader = new ExcelJS.stream.xlsx.WorkbookReader(parts, {
		worksheets: 'emit',
		sharedStrings: 'cache',
		hyperlinks: 'emit',
		styles: 'cache',
		entries: 'ignore'
	}) as unknown as Reader;
	let links = new Map<string, string>();
	for await (const { eventType, value } of reader.parse()) {
		if (eventType === 'hyperlinks') {
			// A sheet's links come just before it (xlsx-parts.ts puts them there).
			links = new Map();
			const sheetLinks = value as StreamLinks;
			sheetLinks.on('hyperlink', (link) => links.set(link.rId, link.target));
			await sheetLinks.read();
		} else if (eventType === 'worksheet') {
			const sheet = value as StreamSheet;
			if (isWanted(reader, sheet)) return sheetLines(sheet, budget, links);
			links = new Map();
		}
	}
	return null;
}
