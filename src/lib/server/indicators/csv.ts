// CSV as Excel reads and writes it: RFC 4180 quoting, UTF-8 with a byte order mark (without it Excel
// in Russian and Kazakh locales shows Cyrillic as mojibake), comma-separated on export. On import the
// separator is taken from the header line, because Excel in those locales saves with semicolons.

/** One cell of an exported table. */
export type CsvCell = string | number | boolean | null;

const BOM = '\ufeff';

// Excel runs text starting with these as a formula when it opens a CSV file; an apostrophe in front
// makes it plain text (and the import takes the apostrophe off again).
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(cell: CsvCell): string {
	if (cell === null) return '';
	if (typeof cell !== 'string') return String(cell);
	const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The table as CSV text: BOM, commas, CRLF line ends. */
export function csvText(rows: readonly (readonly CsvCell[])[]): string {
	return BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The separator of the first record: the most frequent of comma, semicolon and tab outside quotes. */
export function csvSeparator(text: string): string {
	const counts = new Map([
		[',', 0],
		[';', 0],
		['\t', 0]
	]);
	let quoted = false;
	for (const char of text) {
		if (char === '"') quoted = !quoted;
		else if (!quoted && (char === '\n' || char === '\r')) break;
		else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
	}
	let best = ',';
	for (const [separator, count] of counts) if (count > counts.get(best)!) best = separator;
	return best;
}

function unprotect(cell: string): string {
	return cell.length > 1 && cell[0] === "'" && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/**
 * The records of CSV text, one at a time (quotes resolved; a record may span lines inside quotes),
 * so a caller can count them and stop, or pause between them, without holding them all.
 */
export function* parseCsvLines(input: string): Generator<string[]> {
	const text = input.startsWith(BOM) ? input.slice(1) : input;
	const separator = csvSeparator(text);
	let record: string[] = [];
	let cell = '';
	let quoted = false;
	let wasQuoted = false;
	const endCell = () => {
		record.push(unprotect(cell));
		cell = '';
		wasQuoted = false;
	};
	for (let i = 0; i < text.length; i++) {
		const char = text[i]!;
		if (quoted) {
			if (char !== '"') cell += char;
			else if (text[i + 1] === '"') cell += text[++i];
			else quoted = false;
		} else if (char === '"') {
			quoted = wasQuoted = true;
		} else if (char === separator) {
			endCell();
		} else if (char === '\r' || char === '\n') {
			if (char === '\r' && text[i + 1] === '\n') i++;
			endCell();
			yield record;
			record = [];
		} else {
			cell += char;
		}
	}
	if (cell !== '' || record.length > 0 || wasQuoted) {
		endCell();
		yield record;
	}
}

/** Parses CSV text into records of cells (quotes resolved); a record may span lines inside quotes. */
export function parseCsv(input: string): string[][] {
	return [...parseCsvLines(input)];
}
