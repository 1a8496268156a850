import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { readValueFile } from '../../../src/lib/server/indicators/sheet-read';
import { csvText } from '../../../src/lib/server/indicators/csv';
import { isRefusal } from '../../../src/lib/refusal';
import { bombSheet, part, workbookParts, zipOf, type Part } from './zip-files';

const SHEET = 'xl/worksheets/sheet1.xml';
const header = ['indicator', 'period', 'value'];
const swap = (parts: Part[], replacement: Part) =>
	parts.map((p) => (p.name === replacement.name ? replacement : p));
const code = (promise: Promise<unknown>) =>
	promise.then(
		() => 'read',
		(error: unknown) => (isRefusal(error) ? error.code : `threw ${String(error)}`)
	);

async function xlsx(rows: unknown[][]): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('Values');
	for (const row of rows) sheet.addRow(row);
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const lines = (count: number) =>
	Array.from({ length: count }, (_, i) => ['EXP', String(1900 + (i % 300)), i]);

describe('an XLSX within the caps', () => {
	it('refuses a zip bomb by its declared size without unpacking it', async () => {
		const parts = await workbookParts([header, ['EXP', 2024, 1]]);
		// 200 MB of "0" packed into about 200 KB.
		const bomb = await bombSheet(SHEET, 200);
		expect(bomb.deflated.length).toBeLessThan(1024 * 1024);
		expect(await code(readValueFile(zipOf(swap(parts, bomb))))).toBe('file_unpacks_too_large');
	});

	it('refuses a zip bomb whose directory lies about its size, once it unpacks past the lie', async () => {
		const parts = await workbookParts([header, ['EXP', 2024, 1]]);
		const bomb = await bombSheet(SHEET, 200);
		// Declared as 2 KB: past the size and ratio checks, caught while unpacking.
		const lying = zipOf(swap(parts, bomb), (p) => (p.name === SHEET ? 2048 : p.size));
		expect(await code(readValueFile(lying))).toBe('file_unpacks_too_large');
	});

	it('refuses one part packed more than 100:1, though the whole would fit in 50 MB', async () => {
		const parts = await workbookParts([header, ['EXP', 2024, 1]]);
		expect(await code(readValueFile(zipOf(swap(parts, await bombSheet(SHEET, 5)))))).toBe(
			'file_unpacks_too_large'
		);
	});

	it('refuses shared strings that would unpack to more than 10 MB in memory', async () => {
		const parts = await workbookParts([header, ['EXP', 2024, 1]]);
		// Letters from a fixed sequence pack about 4:1, so only the size of the part refuses them.
		const letters = new Uint8Array(11 * 1024 * 1024);
		for (let i = 0, x = 16; i < letters.length; i++) {
			x = (Math.imul(x, 1103515245) + 12345) >>> 0;
			letters[i] = 0x61 + (x >>> 29);
		}
		const strings = part('xl/sharedStrings.xml', letters);
		expect(strings.size / strings.deflated.length).toBeLessThan(100);
		expect(await code(readValueFile(zipOf(swap(parts, strings))))).toBe('file_unpacks_too_large');
	});

	it('takes 20,000 lines of values and refuses one more', async () => {
		expect(await readValueFile(await xlsx([header, ...lines(20_000)]))).toHaveLength(20_000);
		expect(await code(readValueFile(await xlsx([header, ...lines(20_001)])))).toBe('too_many_rows');
	});

	it('refuses more than 200,000 cells, counting a line as wide as its last cell', async () => {
		const wide = Array.from({ length: 14 }, (_, i) => `extra${i}`);
		// 1,000 lines of 17 cells fit; 1,000 lines reaching column XFD (16,384) do not.
		expect(await readValueFile(await xlsx([[...header, ...wide], ...lines(1000)]))).toHaveLength(1000);
		const far = lines(13).map((line) => {
			const cells: unknown[] = [...line];
			cells[16_383] = 'far';
			return cells;
		});
		expect(await code(readValueFile(await xlsx([header, ...far])))).toBe('too_many_cells');
	});

	it('reads a link’s address into the evidence column and a date in the period column as its month', async () => {
		const bytes = await xlsx([
			[...header, 'evidence'],
			[
				'EXP',
				new Date(Date.UTC(2025, 6, 1)),
				1,
				{ text: 'customs report', hyperlink: 'https://example.org/r' }
			]
		]);
		expect(await readValueFile(bytes)).toEqual([
			{
				row: 2,
				indicator: 'EXP',
				period: '2025-07',
				value: 1,
				note: undefined,
				evidence: 'https://example.org/r'
			}
		]);
	});

	it('reads a workbook without shared strings and with absolute part names, as other programs write one', async () => {
		const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
		const cell = (ref: string, value: string | number) =>
			typeof value === 'number'
				? `<c r="${ref}"><v>${value}</v></c>`
				: `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
		const sheet = `<worksheet ${ns}><sheetData><row r="1">${cell('A1', 'indicator')}${cell('B1', 'period')}${cell('C1', 'value')}</row><row r="2">${cell('A2', 'EXP')}${cell('B2', 2024)}${cell('C2', 7)}</row></sheetData></worksheet>`;
		const workbook = `<workbook ${ns} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`;
		const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/></Relationships>`;
		const encode = (s: string) => new TextEncoder().encode(s);
		const bytes = zipOf([
			part('xl/workbook.xml', encode(workbook)),
			part('xl/_rels/workbook.xml.rels', encode(rels)),
			part(SHEET, encode(sheet))
		]);
		expect(await readValueFile(bytes)).toEqual([
			{ row: 2, indicator: 'EXP', period: 2024, value: 7, note: undefined, evidence: undefined }
		]);
	});

	it('refuses any damaged workbook with a sheet problem, never another error (seed 16)', async () => {
		const bytes = await xlsx([header, ...lines(20)]);
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.record({ at: fc.nat(bytes.length - 1), byte: fc.integer({ min: 0, max: 255 }) }), {
					minLength: 1,
					maxLength: 6
				}),
				async (flips) => {
					const damaged = bytes.slice();
					for (const { at, byte } of flips) damaged[at] = byte;
					expect(await code(readValueFile(damaged))).not.toMatch(/^threw/);
				}
			),
			{ seed: 16, numRuns: 150 }
		);
	});
});

describe('a CSV within the caps', () => {
	const csv = (rows: unknown[][]) => new TextEncoder().encode(csvText(rows as string[][]));

	it('takes 20,000 lines of values and refuses one more, whatever blank lines are between them', async () => {
		expect(await readValueFile(csv([header, ...lines(20_000)]))).toHaveLength(20_000);
		expect(await code(readValueFile(csv([header, ...lines(20_001)])))).toBe('too_many_rows');
		const spaced = new TextEncoder().encode(`${header.join(',')}\r\n${'\r\n'.repeat(100_000)}EXP,2024,1\r\n`);
		expect(await readValueFile(spaced)).toEqual([
			{ row: 100_002, indicator: 'EXP', period: '2024', value: '1', note: undefined, evidence: undefined }
		]);
	});

	it('refuses more than 200,000 cells', async () => {
		const wide = [...header, ...Array.from({ length: 30 }, (_, i) => `extra${i}`)];
		const rows = lines(7000).map((line) => [...line, ...Array<string>(30).fill('x')]);
		expect(await code(readValueFile(csv([wide, ...rows])))).toBe('too_many_cells');
	});
});
