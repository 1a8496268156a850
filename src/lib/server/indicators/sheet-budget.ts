// The import's caps as a file is read: lines and cells are counted as they come, so a file past a
// cap is refused at the line that crosses it, before the rest is read or kept.
import { MAX_IMPORT_CELLS, MAX_IMPORT_ROWS, MAX_PACKING_RATIO, MAX_UNPACKED_BYTES } from './import-caps';
import { cellContent, sheetProblem } from './sheet-rows';

const mb = (bytes: number) => `${bytes / 1024 / 1024} MB`;
const count = (n: number) => n.toLocaleString('en-US');

/** The refusal of an XLSX whose parts unpack past the caps (declared, or found while unpacking). */
export const unpacksTooLarge = () =>
	sheetProblem(
		413,
		'file_unpacks_too_large',
		`the workbook unpacks to more than ${mb(MAX_UNPACKED_BYTES)}, or a part of it is packed more than ${MAX_PACKING_RATIO}:1`
	);

const tooManyRows = () =>
	sheetProblem(
		413,
		'too_many_rows',
		`the file has more than ${count(MAX_IMPORT_ROWS)} lines of values; split it into smaller files`
	);

const tooManyCells = () =>
	sheetProblem(
		413,
		'too_many_cells',
		`the file has more than ${count(MAX_IMPORT_CELLS)} cells; keep only the columns indicator, period, value, note and evidence`
	);

/** Counts the lines and cells of one file; `take` refuses the line that crosses a cap. */
export class SheetBudget {
	#lines = 0;
	#cells = 0;

	/**
	 * Counts a line of `width` cells (a spreadsheet row is as wide as its last cell, empty or not)
	 * and returns whether it has something in it. Blank lines are not kept, so they count for
	 * nothing; the file's size bounds how many there can be.
	 */
	take(cells: readonly unknown[], width = cells.length): boolean {
		if (!cells.some((cell) => cellContent(cell) !== null)) return false;
		this.#cells += width;
		if (this.#cells > MAX_IMPORT_CELLS) throw tooManyCells();
		// The header is a line with something in it too.
		if (++this.#lines > MAX_IMPORT_ROWS + 1) throw tooManyRows();
		return true;
	}
}
