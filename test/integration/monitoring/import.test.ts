// Spreadsheet import and export of indicator values against the real server: real XLSX files built
// with exceljs, posted as multipart forms with the browser's cookie and Origin. A file with one bad
// line records nothing and names every bad line; a valid file is previewed, then recorded.
import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { addIndicator, initPlan } from '../../../src/lib/plan';
import { createPlanDocument } from '../../../src/lib/server/plans/document';
import { collabSuite } from '../collab/suite';

type Cell = string | number | null;

async function xlsx(rows: Cell[][]): Promise<Blob> {
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('Values');
	rows.forEach((row, index) => {
		sheet.getRow(index + 1).values = row;
	});
	const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
	return new Blob([await workbook.xlsx.writeBuffer()], { type });
}

describe('importing indicator values from a spreadsheet', () => {
	const suite = collabSuite({
		prepare: ({ db, planA }) =>
			createPlanDocument(db, planA, (doc) => {
				initPlan(doc, { id: planA, title: 'Plan A' });
				addIndicator(doc, { id: 'exp', code: 'EXP', name: 'Exports', targets: { '2025': 600 } });
				addIndicator(doc, { id: 'milk', code: 'MILK', name: 'Raw milk', frequency: 'quarterly' });
			})
	});
	const token = (user: keyof typeof suite.fixture.users) => suite.fixture.login(suite.fixture.users[user]);
	const rowsInDb = () => {
		const { db, planA } = suite.fixture;
		const { indicatorValues } = db.tables;
		return db
			.select()
			.from(indicatorValues)
			.where(eq(indicatorValues.planId, planA))
			.orderBy(indicatorValues.id);
	};

	async function post(path: string, user: keyof typeof suite.fixture.users, body: unknown) {
		const res = await fetch(`${suite.server.origin}/api/plans/${suite.fixture.planA}${path}`, {
			method: 'POST',
			headers: {
				cookie: `session=${await token(user)}`,
				origin: suite.server.origin,
				'content-type': 'application/json'
			},
			body: JSON.stringify(body)
		});
		expect(res.status, await res.clone().text()).toBeLessThan(300);
	}

	async function upload(
		user: keyof typeof suite.fixture.users,
		file: Blob,
		apply = false,
		name = 'values.xlsx'
	) {
		const form = new FormData();
		form.set('file', file, name);
		if (apply) form.set('apply', '1');
		const res = await fetch(`${suite.server.origin}/api/plans/${suite.fixture.planA}/indicators/import`, {
			method: 'POST',
			headers: { cookie: `session=${await token(user)}`, origin: suite.server.origin },
			body: form
		});
		return {
			status: res.status,
			body: (await res.json()) as Record<string, unknown> & { rows: Record<string, unknown>[] }
		};
	}

	beforeAll(async () => {
		// 2019 is submitted, so locked: a value for it is refused.
		await post('/indicators/exp/values', 'coordinator', { period: '2019', value: 100, note: '' });
		await post('/periods/2019', 'coordinator', { step: 'submit' });
	});

	const badFile = () =>
		xlsx([
			['indicator', 'period', 'value', 'note'],
			['EXP', 2024, 120, 'fine on its own'],
			['NOPE', 2024, 5, null],
			['EXP', '2024-Q1', 3, null],
			['MILK', '2024-Q2', 'lots', null],
			[null, null, null, null],
			['EXP', 2019, 8, null]
		]);
	const refusedLines = [
		{ row: 3, field: 'indicator', code: 'not_found' },
		{ row: 4, field: 'period', code: 'invalid_period' },
		{ row: 5, field: 'value', code: 'invalid_number' },
		{ row: 7, field: 'period', code: 'period_locked' }
	];

	it('previews a file with bad lines, naming each line and field, and records none of it', async () => {
		const { status, body } = await upload('coordinator', await badFile());
		expect(status).toBe(200);
		expect(body.counts).toEqual({ new: 1, changed: 0, unchanged: 0, error: 4 });
		expect(body.rows[0]).toMatchObject({
			row: 2,
			outcome: 'new',
			indicator: 'EXP',
			period: '2024',
			value: 120
		});
		expect(body.rows.slice(1).map((row) => ({ row: row.row, ...(row.error as object) }))).toMatchObject(
			refusedLines
		);
		expect(body.rows[2]).toMatchObject({ error: { example: '2025' } });
		expect(await rowsInDb()).toHaveLength(1);
	});

	it('refuses to apply a file with bad lines: nothing is recorded and the answer names the lines', async () => {
		const { status, body } = await upload('coordinator', await badFile(), true);
		expect(status).toBe(409);
		expect(body.code).toBe('invalid_rows');
		expect(body.rows).toMatchObject(refusedLines);
		expect((await rowsInDb()).map((row) => row.period)).toEqual(['2019']);
	});

	it('previews a valid file, then records all its lines at once', async () => {
		const file = await xlsx([
			['Indicator', 'Period', 'Value', 'Note', 'Evidence', 'state'],
			['EXP', 2024, 120, 'From customs', 'https://example.org/customs', 'in_progress'],
			['milk', 'Q2 2024', '1 234,5', null, null, null]
		]);
		const preview = await upload('coordinator', file);
		expect(preview.status).toBe(200);
		expect(preview.body.counts).toEqual({ new: 2, changed: 0, unchanged: 0, error: 0 });
		expect(preview.body.rows[1]).toMatchObject({
			row: 3,
			outcome: 'new',
			indicator: 'MILK',
			period: '2024-Q2',
			value: 1234.5
		});
		expect(await rowsInDb()).toHaveLength(1);

		const applied = await upload('coordinator', file, true);
		expect(applied).toEqual({ status: 200, body: { recorded: 2, rows: 2 } });
		const stored = (await rowsInDb()).filter((row) => row.via === 'import');
		expect(
			stored.map(({ indicatorId, period, value, note, evidence }) => ({
				indicatorId,
				period,
				value,
				note,
				evidence
			}))
		).toEqual([
			{
				indicatorId: 'exp',
				period: '2024',
				value: 120,
				note: 'From customs',
				evidence: 'https://example.org/customs'
			},
			{ indicatorId: 'milk', period: '2024-Q2', value: 1234.5, note: '', evidence: '' }
		]);

		const again = await upload('coordinator', file);
		expect(again.body.counts).toEqual({ new: 0, changed: 0, unchanged: 2, error: 0 });
	});

	it('refuses a member, who may not record values, and writes nothing', async () => {
		const before = (await rowsInDb()).length;
		const file = await xlsx([
			['indicator', 'period', 'value'],
			['EXP', 2023, 1]
		]);
		for (const apply of [false, true]) {
			const { status, body } = await upload('member', file, apply);
			expect(status).toBe(403);
			expect(body.code).toBe('forbidden');
		}
		expect(await rowsInDb()).toHaveLength(before);
	});

	it('refuses files that are not spreadsheets, have no header, or are larger than 5 MB', async () => {
		const png = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])]);
		expect(await upload('coordinator', png, false, 'chart.png')).toMatchObject({
			status: 400,
			body: { code: 'file_unreadable' }
		});
		const headless = await xlsx([['EXP', 2024, 1]]);
		const noHeader = await upload('coordinator', headless);
		expect(noHeader).toMatchObject({ status: 400, body: { code: 'no_header' } });
		expect(noHeader.body.error).toMatch(/indicator, period and value/);
		const big = new Blob([`indicator,period,value\r\n${'EXP,2024,1\r\n'.repeat(600_000)}`], {
			type: 'text/csv'
		});
		expect(big.size).toBeGreaterThan(5 * 1024 * 1024);
		expect(await upload('coordinator', big, false, 'big.csv')).toMatchObject({
			status: 413,
			body: { code: 'file_too_large' }
		});
		// A file under the limit but over adapter-node's default body limit is taken.
		const csv = `indicator,period,value,note\r\nEXP,2023,7,${'x'.repeat(1500)}\r\n${'\r\n'.repeat(400_000)}`;
		const medium = await upload('coordinator', new Blob([csv], { type: 'text/csv' }), false, 'medium.csv');
		expect(medium).toMatchObject({ status: 200, body: { counts: { new: 1, error: 0 } } });
	});

	it('exports the current values and definitions to anyone who may see the plan', async () => {
		const get = async (query: string, user: keyof typeof suite.fixture.users) =>
			fetch(`${suite.server.origin}/api/plans/${suite.fixture.planA}/indicators/export?${query}`, {
				headers: { cookie: `session=${await token(user)}` }
			});
		const res = await get('format=xlsx', 'member');
		expect(res.status).toBe(200);
		expect(res.headers.get('content-disposition')).toBe(
			`attachment; filename="${suite.fixture.planA}-indicator-values.xlsx"`
		);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load((await res.arrayBuffer()) as Parameters<typeof workbook.xlsx.load>[0]);
		const values = workbook.getWorksheet('Values')!;
		expect((values.getRow(1).values as Cell[]).slice(1, 9)).toEqual([
			'indicator',
			'period',
			'value',
			'note',
			'evidence',
			'state',
			'recorded_by',
			'recorded_at'
		]);
		const rows = values
			.getSheetValues()
			.slice(2)
			.map((row) => Array.from((row as Cell[]).slice(1, 7), (cell) => cell ?? null));
		expect(rows).toEqual([
			['EXP', '2019', 100, null, null, 'submitted'],
			['EXP', '2024', 120, 'From customs', 'https://example.org/customs', 'in_progress'],
			['MILK', '2024-Q2', 1234.5, null, null, 'in_progress']
		]);
		expect(workbook.getWorksheet('Indicators')!.getCell('A3').value).toBe('MILK');

		// The export imports again as it is, its submitted year included: every line is unchanged.
		const exported = new Blob([await workbook.xlsx.writeBuffer()]);
		const again = await upload('coordinator', exported);
		expect(again.body.counts).toEqual({ new: 0, changed: 0, unchanged: 3, error: 0 });
		expect(await upload('coordinator', exported, true)).toEqual({
			status: 200,
			body: { recorded: 0, rows: 3 }
		});

		const csv = await get('format=csv&what=definitions', 'member');
		expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv.arrayBuffer());
		expect(text.startsWith('\ufeffcode,name_ru,name_kk,name_en,level')).toBe(true);
		expect((await get('format=xlsx', 'outsider')).status).toBe(404);
	});

	it('exports a workbook to read in the reader’s language beside the one the import reads', async () => {
		const get = async (query: string, locale: string) =>
			fetch(`${suite.server.origin}/api/plans/${suite.fixture.planA}/indicators/export?${query}`, {
				headers: { cookie: `session=${await token('member')}; PARAGLIDE_LOCALE=${locale}` }
			});
		const res = await get('format=xlsx&form=readable', 'ru');
		expect(res.status).toBe(200);
		expect(res.headers.get('content-disposition')).toBe(
			`attachment; filename="${suite.fixture.planA}-indicators-ru.xlsx"`
		);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load((await res.arrayBuffer()) as Parameters<typeof workbook.xlsx.load>[0]);
		expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Значения', 'Индикаторы']);
		const values = workbook.getWorksheet('Значения')!;
		expect((values.getRow(1).values as Cell[]).slice(1, 5)).toEqual([
			'Код',
			'Название',
			'Период',
			'Значение'
		]);
		expect(values.getRow(2).getCell(8).value).toBe('Отправлен на рассмотрение');
		expect(values.getRow(4).getCell(3).value).toBe('2-й квартал 2024');
		// A file to read is not one the import takes: the import's own column names are not in it.
		const bytes = new Blob([await workbook.xlsx.writeBuffer()]);
		expect((await upload('coordinator', bytes)).status).toBe(400);
		expect((await get('format=csv&form=readable', 'ru')).status).toBe(400);
	});
});
