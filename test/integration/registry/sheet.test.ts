// Participants to and from XLSX on the real server and database (SQLite, or PostgreSQL under
// test:pg): the export speaks the reader's language, a file written in Kazakh imports into another
// cluster, and an import is all or nothing, naming every refused line.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { binCheckDigit } from '../../../src/lib/registry/bin';
import { demoServer } from '../versions/demo-server';

const FLOUR = 'flour-kostanay';
const MILK = 'milk-akmola';

type Row = { bin: string; name: { ru: string; kk: string; en: string }; kind: string; leftAt: string | null };

/** A valid BIN from a serial: registered in June 2016, a resident legal entity. */
function bin(serial: number): string {
	const first = `160640${String(serial).padStart(5, '0')}`;
	const check = binCheckDigit(first);
	return check === null ? bin(serial + 70_000) : `${first}${check}`;
}

async function workbook(rows: unknown[][]): Promise<Blob> {
	const book = new ExcelJS.Workbook();
	const sheet = book.addWorksheet('Участники');
	for (const row of rows) sheet.addRow(row);
	return new Blob([new Uint8Array(await book.xlsx.writeBuffer())]);
}

describe('participants in a spreadsheet', () => {
	const suite = demoServer();
	const list = async (cluster: string) =>
		(await suite.get(`/api/clusters/${cluster}/participants`, await suite.token('demo-facilitator'))).body
			.participants as Row[];
	const upload = async (
		cluster: string,
		file: Blob,
		who: 'demo-facilitator' | 'demo-member' = 'demo-facilitator'
	) => {
		const form = new FormData();
		form.set('file', file, 'participants.xlsx');
		const res = await fetch(`${suite.server.origin}/api/clusters/${cluster}/participants/import`, {
			method: 'POST',
			headers: { cookie: `session=${await suite.token(who)}`, origin: suite.server.origin },
			body: form
		});
		return { status: res.status, body: (await res.json()) as Record<string, unknown> };
	};

	it('exports in the reader’s language, and a Kazakh file imports into another cluster as it was', async () => {
		const res = await fetch(`${suite.server.origin}/api/clusters/${FLOUR}/participants/export`, {
			headers: { cookie: `session=${await suite.token('demo-facilitator')}; PARAGLIDE_LOCALE=kk` }
		});
		expect(res.status).toBe(200);
		const bytes = new Uint8Array(await res.arrayBuffer());
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(bytes.buffer as ArrayBuffer);
		const sheet = book.worksheets[0]!;
		expect(sheet.name).toBe('Мүшелер');
		expect(sheet.getRow(1).getCell(1).value).toBe('БСН');
		expect(sheet.getRow(1).getCell(5).value).toBe('Түрі');
		const flour = await list(FLOUR);
		expect(sheet.rowCount).toBe(flour.length + 1);
		const kinds = new Set<unknown>();
		sheet.eachRow((row, line) => {
			if (line > 1) kinds.add(row.getCell(5).value);
		});
		expect([...kinds]).toContain('Шағын немесе орта кәсіпорын');

		const milkBefore = (await list(MILK)).length;
		const imported = await upload(MILK, new Blob([bytes]));
		expect(imported).toEqual({ status: 201, body: { added: flour.length } });
		const milk = await list(MILK);
		expect(milk).toHaveLength(milkBefore + flour.length);
		for (const firm of flour) {
			const copy = milk.find((p) => p.bin === firm.bin)!;
			expect({ name: copy.name, kind: copy.kind, leftAt: copy.leftAt }).toEqual({
				name: firm.name,
				kind: firm.kind,
				leftAt: firm.leftAt
			});
		}

		// Again: every line's BIN is now the cluster's, so nothing is added.
		const again = await upload(MILK, new Blob([bytes]));
		expect(again.status).toBe(400);
		expect(again.body).toMatchObject({ code: 'invalid_rows', field: 'file' });
		expect((again.body.rows as { code: string }[]).every((row) => row.code === 'duplicate_bin')).toBe(true);
		expect(again.body.rows).toHaveLength(flour.length);
		expect(await list(MILK)).toHaveLength(milkBefore + flour.length);
	});

	it('adds nothing from a file with a refused line, and names every refused line', async () => {
		const good = bin(1);
		const typo = `${good.slice(0, 11)}${(Number(good[11]) + 1) % 10}`;
		const header = [
			'БИН',
			'Наименование (рус.)',
			'Вид',
			'Вступил',
			'Регион',
			'Участник кластерной организации'
		];
		const file = await workbook([
			header,
			[good, 'ТОО «Первое»', 'Крупное предприятие', '2022-03-01', 'Костанайская область', 'да'],
			[typo, 'ТОО «Опечатка»', 'Крупное предприятие', '2022-03-01', 'Костанайская область', 'нет'],
			[bin(2), 'ТОО «Неизвестный вид»', 'Великан', '2022-03-01', 'Костанайская область', ''],
			[good, 'ТОО «Повтор»', 'Ассоциация', '2022-03-01', 'Костанайская область', ''],
			[bin(3), '', 'Ассоциация', '2022-03-01', 'Костанайская область', ''],
			[bin(4), 'ТОО «Хорошее»', 'Ассоциация', '2022-03-01', 'Костанайская область', '']
		]);
		const before = (await list(FLOUR)).length;
		const refused = await upload(FLOUR, file);
		expect(refused.status).toBe(400);
		expect(refused.body).toMatchObject({ code: 'invalid_rows', field: 'file' });
		expect(
			(refused.body.rows as { row: number; field: string; code: string }[]).map(({ row, field, code }) => ({
				row,
				field,
				code
			}))
		).toEqual([
			{ row: 3, field: 'bin', code: 'bin_check_digit' },
			{ row: 4, field: 'kind', code: 'invalid_value' },
			{ row: 5, field: 'bin', code: 'duplicate_bin' },
			{ row: 6, field: 'name', code: 'required' }
		]);
		expect(await list(FLOUR)).toHaveLength(before);

		// The same file without its bad lines goes in whole; "да" is yes.
		const fixed = await workbook([
			header,
			[good, 'ТОО «Первое»', 'Крупное предприятие', '2022-03-01', 'Костанайская область', 'да'],
			[bin(4), 'ТОО «Хорошее»', 'Ассоциация', '2022-03-01', 'Костанайская область', '']
		]);
		expect(await upload(FLOUR, fixed)).toEqual({ status: 201, body: { added: 2 } });
		const added = (await list(FLOUR)).find((p) => p.bin === good) as Row & {
			inOrganisation: boolean;
			kind: string;
		};
		expect(added).toMatchObject({
			kind: 'large',
			inOrganisation: true,
			name: { ru: 'ТОО «Первое»', kk: '', en: '' }
		});
	});

	it('refuses a member’s file and a request without one', async () => {
		const file = await workbook([
			['BIN', 'kind', 'joined'],
			[bin(9), 'sme', '2022-01-01']
		]);
		expect((await upload(FLOUR, file, 'demo-member')).status).toBe(403);
		const res = await fetch(`${suite.server.origin}/api/clusters/${FLOUR}/participants/import`, {
			method: 'POST',
			headers: { cookie: `session=${await suite.token('demo-facilitator')}`, origin: suite.server.origin },
			body: new FormData()
		});
		expect(res.status).toBe(400);
		expect(await res.json()).toMatchObject({ code: 'no_file', field: 'file' });
	});
});
