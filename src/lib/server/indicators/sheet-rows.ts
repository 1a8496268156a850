// Rows of an imported sheet as value batch rows. Spreadsheet cells hold numbers, dates, rich text,
// formulas with their results and hyperlinks; each becomes the plain text or number the value check
// reads. The header row names the columns (in English, any case, any order, extra columns ignored),
// so a file exported in any language imports again.
import { Refusal } from '../../refusal';
import type { BatchRow } from './values';

/** A sheet line: its number (the header is line 1 when it is the first line) and its cells. */
export type SheetLine = { line: number; cells: readonly unknown[] };

export type SheetProblemCode =
	| 'file_too_large'
	| 'file_unpacks_too_large'
	| 'too_many_rows'
	| 'too_many_cells'
	| 'file_unreadable'
	| 'no_file'
	| 'no_header'
	| 'no_rows';

/** A file that cannot be read as values at all, before any row is checked. */
export function sheetProblem(status: 400 | 413, code: SheetProblemCode, message: string): Refusal {
	return new Refusal(status, code, message, { field: 'file' });
}

const REQUIRED = ['indicator', 'period', 'value'] as const;
const COLUMNS = [...REQUIRED, 'note', 'evidence'] as const;
type Column = (typeof COLUMNS)[number];

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * A cell's content as text or a number; null when empty. A date in the period column is the month it
 * falls in ("2025-07"): Excel turns a typed "2025-07" or "07.2025" into the first day of that month.
 */
export function cellContent(cell: unknown, column?: Column): string | number | null {
	if (cell === null || cell === undefined) return null;
	if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
	if (typeof cell === 'string') return cell.trim() === '' ? null : cell.trim();
	if (typeof cell === 'boolean') return String(cell);
	if (cell instanceof Date) {
		if (Number.isNaN(cell.getTime())) return null;
		return column === 'period' ? isoDay(cell).slice(0, 7) : isoDay(cell);
	}
	if (typeof cell === 'object') {
		const value = cell as Record<string, unknown>;
		if (Array.isArray(value.richText)) {
			return cellContent(
				value.richText.map((run: { text?: unknown }) => String(run.text ?? '')).join(''),
				column
			);
		}
		if ('result' in value) return cellContent(value.result, column);
		if (typeof value.hyperlink === 'string')
			return cellContent(column === 'evidence' ? value.hyperlink : value.text, column);
		if (typeof value.text === 'string') return cellContent(value.text, column);
		if (typeof value.error === 'string') return value.error;
	}
	return null;
}

const headerName = (cell: unknown) =>
	String(cellContent(cell) ?? '')
		.trim()
		.toLowerCase();

/** Where each known column is in the header; refuses a header without indicator, period and value. */
export function headerColumns(header: SheetLine): Map<Column, number> {
	const columns = new Map<Column, number>();
	header.cells.forEach((cell, index) => {
		const name = headerName(cell) as Column;
		if (COLUMNS.includes(name) && !columns.has(name)) columns.set(name, index);
	});
	const missing = REQUIRED.filter((name) => !columns.has(name));
	if (missing.length > 0) {
		throw sheetProblem(
			400,
			'no_header',
			`the first row must name the columns indicator, period and value (missing: ${missing.join(', ')})`
		);
	}
	return columns;
}

/**
 * The value rows of a sheet: the first non-empty line is the header, blank lines are skipped, and
 * each row keeps its line number so errors point at the line people see in their spreadsheet.
 */
export function valueRows(lines: readonly SheetLine[]): BatchRow[] {
	const filled = lines.filter((line) => line.cells.some((cell) => cellContent(cell) !== null));
	const [header, ...data] = filled;
	if (!header) throw sheetProblem(400, 'no_header', 'the file is empty');
	const columns = headerColumns(header);
	const rows: BatchRow[] = [];
	for (const { line, cells } of data) {
		const read = (name: Column) => {
			const index = columns.get(name);
			return index === undefined ? null : cellContent(cells[index], name);
		};
		const row = {
			indicator: read('indicator'),
			period: read('period'),
			value: read('value'),
			note: read('note'),
			evidence: read('evidence')
		};
		if (Object.values(row).every((cell) => cell === null)) continue;
		rows.push({
			row: line,
			...row,
			// Notes and links are text even where a spreadsheet stored a number.
			note: row.note === null ? undefined : String(row.note),
			evidence: row.evidence === null ? undefined : String(row.evidence)
		});
	}
	if (rows.length === 0) throw sheetProblem(400, 'no_rows', 'the file has no values below its header');
	return rows;
}
