import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Indicator } from '../../../src/lib/plan';
import type { IndicatorValueRow } from '../../../src/lib/server/db/schema';
import { csvText, parseCsv } from '../../../src/lib/server/indicators/csv';
import { cellContent, valueRows } from '../../../src/lib/server/indicators/sheet-rows';
import { Refusal } from '../../../src/lib/refusal';
import { readValueFile } from '../../../src/lib/server/indicators/sheet-read';
import { indicatorsTable, valuesTable } from '../../../src/lib/server/indicators/sheet-tables';
import { workbookBytes } from '../../../src/lib/server/indicators/sheet-write';

function indicator(id: string, code: string, more: Partial<Indicator> = {}): Indicator {
	return {
		id,
		code,
		name: { ru: `Индикатор ${code}`, kk: '', en: `Indicator ${code}` },
		level: 'outcome',
		unit: { ru: 'т', kk: 'т', en: 't' },
		baseline: 10,
		baselineYear: 2020,
		targets: { '2025': 600, '2021': 480 },
		cumulative: false,
		frequency: 'annual',
		source: 'Reports',
		responsible: 'Coordinator',
		link: null,
		formula: null,
		...more
	};
}

const indicators = [
	indicator('ind-a', 'EXP1'),
	indicator('ind-b', 'MILK', { frequency: 'monthly' }),
	indicator('ind-c', 'AVG', { formula: '({ind-a} + {ind-b}) / 2' })
];

function stored(
	id: number,
	indicatorId: string,
	period: string,
	value: number,
	note = ''
): IndicatorValueRow {
	return {
		id,
		planId: 'plan-1',
		indicatorId,
		period,
		value,
		note,
		evidence: '',
		supersedes: null,
		authorId: 'u1',
		authorName: 'Saule Coordinator',
		via: 'form',
		createdAt: new Date('2025-03-01T10:00:00Z')
	} as IndicatorValueRow;
}

async function xlsxOf(rows: unknown[][], sheets: string[] = ['Values']): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	for (const name of sheets) {
		const sheet = workbook.addWorksheet(name);
		for (const row of name === sheets.at(-1) ? rows : [['other'], ['junk']]) sheet.addRow(row);
	}
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('CSV', () => {
	it('quotes what needs quoting and reads it back, with a BOM and CRLF', () => {
		const text = csvText([
			['indicator', 'note'],
			['EXP1', 'a "quoted", two-line\nnote'],
			['MILK', null]
		]);
		expect(text.startsWith('\ufeffindicator,note\r\n')).toBe(true);
		expect(text).toContain('"a ""quoted"", two-line\nnote"');
		expect(parseCsv(text)).toEqual([
			['indicator', 'note'],
			['EXP1', 'a "quoted", two-line\nnote'],
			['MILK', '']
		]);
	});

	it('keeps text that Excel would run as a formula as text, and reads it back unchanged', () => {
		const text = csvText([['=1+1', '-5 t', -5]]);
		expect(text).toContain("'=1+1,'-5 t,-5");
		expect(parseCsv(text)).toEqual([['=1+1', '-5 t', '-5']]);
	});

	it('reads semicolon-separated files as Excel saves them in Russian locales', () => {
		expect(parseCsv('indicator;period;value\r\nEXP1;2025;"1 234,5"\r\n')).toEqual([
			['indicator', 'period', 'value'],
			['EXP1', '2025', '1 234,5']
		]);
	});
});

describe('spreadsheet cells', () => {
	it('turns numbers, rich text, formula results, links and dates into what the value check reads', () => {
		expect(cellContent(2025, 'period')).toBe(2025);
		expect(cellContent('  2025-Q1 ')).toBe('2025-Q1');
		expect(cellContent('   ')).toBeNull();
		expect(cellContent({ richText: [{ text: 'EX' }, { text: 'P1' }] })).toBe('EXP1');
		expect(cellContent({ formula: 'A1*2', result: 42 })).toBe(42);
		expect(cellContent({ text: 'report', hyperlink: 'https://example.org/r' }, 'evidence')).toBe(
			'https://example.org/r'
		);
		expect(cellContent({ text: 'report', hyperlink: 'https://example.org/r' }, 'note')).toBe('report');
		expect(cellContent(new Date(Date.UTC(2025, 6, 1)), 'period')).toBe('2025-07');
		expect(cellContent(new Date(Date.UTC(2025, 6, 1)), 'note')).toBe('2025-07-01');
		expect(cellContent({ error: '#N/A' })).toBe('#N/A');
	});

	it('maps columns by header name in any case and order, skips blank lines and keeps line numbers', () => {
		const rows = valueRows([
			{ line: 1, cells: ['Value', 'STATE', 'Indicator', 'period', 'Note'] },
			{ line: 2, cells: [5, 'approved', 'EXP1', 2025, 42] },
			{ line: 3, cells: [null, 'in_progress', '', null, ''] },
			{ line: 5, cells: ['7,5', null, 'MILK', '2025-07'] }
		]);
		expect(rows).toEqual([
			{ row: 2, indicator: 'EXP1', period: 2025, value: 5, note: '42', evidence: undefined },
			{ row: 5, indicator: 'MILK', period: '2025-07', value: '7,5', note: undefined, evidence: undefined }
		]);
	});

	it('refuses a sheet whose header lacks a required column, naming it', () => {
		expect(() =>
			valueRows([
				{ line: 1, cells: ['indicator', 'value'] },
				{ line: 2, cells: ['EXP1', 1] }
			])
		).toThrow(/missing: period/);
		expect(() => valueRows([{ line: 1, cells: ['indicator', 'period', 'value'] }])).toThrow(Refusal);
	});
});

describe('reading an uploaded file', () => {
	it('reads the sheet named Values even when it is not the first', async () => {
		const bytes = await xlsxOf(
			[
				['indicator', 'period', 'value'],
				['EXP1', 2025, 5]
			],
			['Notes', 'Values']
		);
		expect(await readValueFile(bytes)).toEqual([
			{ row: 2, indicator: 'EXP1', period: 2025, value: 5, note: undefined, evidence: undefined }
		]);
	});

	it('reads CSV text, in UTF-8 with a BOM or in the Windows Cyrillic code page', async () => {
		const utf8 = new TextEncoder().encode(
			csvText([
				['indicator', 'period', 'value', 'note'],
				['EXP1', '2025', 5, 'Отчёт']
			])
		);
		expect((await readValueFile(utf8))[0]).toMatchObject({
			row: 2,
			indicator: 'EXP1',
			period: '2025',
			value: '5',
			note: 'Отчёт'
		});
		// "Отчёт" in windows-1251.
		const cp1251 = new Uint8Array([
			...new TextEncoder().encode('indicator;period;value;note\r\nEXP1;2025;5;'),
			0xce,
			0xf2,
			0xf7,
			0xb8,
			0xf2
		]);
		expect((await readValueFile(cp1251))[0]?.note).toBe('Отчёт');
	});

	it('refuses files that are neither XLSX nor CSV, and files over 5 MB', async () => {
		await expect(readValueFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]))).rejects.toMatchObject({
			code: 'file_unreadable'
		});
		await expect(readValueFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))).rejects.toMatchObject({
			code: 'file_unreadable'
		});
		await expect(readValueFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]))).rejects.toMatchObject({
			code: 'file_unreadable'
		});
		await expect(readValueFile(new Uint8Array(5 * 1024 * 1024 + 1).fill(65))).rejects.toMatchObject({
			status: 413
		});
	});
});

describe('export tables', () => {
	const values = [
		stored(2, 'ind-b', '2025-07', 7.5),
		stored(1, 'ind-a', '2025', 5, 'first'),
		stored(3, 'gone', '2025', 1)
	];
	const table = valuesTable(indicators, values, (year) => (year === 2025 ? 'submitted' : 'no_data'));

	it('writes current values in plan order with codes and states, leaving out removed indicators', () => {
		expect(table.header).toEqual([
			'indicator',
			'period',
			'value',
			'note',
			'evidence',
			'state',
			'recorded_by',
			'recorded_at'
		]);
		expect(table.rows).toEqual([
			['EXP1', '2025', 5, 'first', '', 'submitted', 'Saule Coordinator', '2025-03-01T10:00:00.000Z'],
			['MILK', '2025-07', 7.5, '', '', 'submitted', 'Saule Coordinator', '2025-03-01T10:00:00.000Z']
		]);
	});

	it('writes definitions with formulas in codes and targets in year order', () => {
		const definitions = indicatorsTable(indicators);
		expect(definitions.rows[0]).toEqual([
			'EXP1',
			'Индикатор EXP1',
			'',
			'Indicator EXP1',
			'outcome',
			't',
			10,
			2020,
			'annual',
			false,
			'',
			'2021: 480; 2025: 600',
			'Reports',
			'Coordinator'
		]);
		expect(definitions.rows[2]![10]).toBe('(EXP1 + MILK) / 2');
	});

	it('writes periods as text cells that read back as the same keys', async () => {
		const bytes = await workbookBytes([table, indicatorsTable(indicators)]);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
		expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Values', 'Indicators']);
		expect(workbook.getWorksheet('Values')!.getCell('B2').value).toBe('2025');
		expect(await readValueFile(bytes)).toEqual([
			{ row: 2, indicator: 'EXP1', period: '2025', value: 5, note: 'first', evidence: undefined },
			{ row: 3, indicator: 'MILK', period: '2025-07', value: 7.5, note: undefined, evidence: undefined }
		]);
	});
});
