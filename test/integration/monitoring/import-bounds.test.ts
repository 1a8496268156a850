// Spreadsheet imports within bounds, against the real server: zip bombs and files past the caps are
// refused with the cap's code and nothing recorded, without the server unpacking them; a file at the
// cap applies whole while the server goes on answering others; a preview lists a hundred lines and
// counts the rest.
import { beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { addIndicator, initPlan } from '../../../src/lib/plan';
import { createPlanDocument } from '../../../src/lib/server/plans/document';
import { collabSuite } from '../collab/suite';
import { multipart, rawRequest, type RawAnswer } from '../raw-request';
import { peakGrowth } from '../server-memory';
import { bombSheet, workbookParts, zipOf, type Part } from '../../unit/monitoring/zip-files';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const INDICATORS = 10;

/** `count` lines of monthly values over the plan's ten indicators, from January 1901 on. */
function monthly(count: number, value = (i: number) => i / 2): string[][] {
	return Array.from({ length: count }, (_, i) => {
		const month = Math.floor(i / INDICATORS);
		const period = `${1901 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
		return [`M${i % INDICATORS}`, period, String(value(i))];
	});
}

const csv = (rows: string[][]) =>
	new TextEncoder().encode(['indicator,period,value', ...rows.map((row) => row.join(','))].join('\r\n'));

describe('spreadsheet imports within bounds', () => {
	const suite = collabSuite({
		prepare: ({ db, planA }) =>
			createPlanDocument(db, planA, (doc) => {
				initPlan(doc, { id: planA, title: 'Plan A' });
				for (let i = 0; i < INDICATORS; i++) {
					addIndicator(doc, { id: `m${i}`, code: `M${i}`, name: `Monthly ${i}`, frequency: 'monthly' });
				}
			})
	});
	const url = (path: string) => `${suite.server.origin}/api/plans/${suite.fixture.planA}${path}`;
	const recorded = async () => {
		const { db, planA } = suite.fixture;
		const { indicatorValues } = db.tables;
		const [row] = await db
			.select({ n: count() })
			.from(indicatorValues)
			.where(eq(indicatorValues.planId, planA));
		return row!.n;
	};
	let token = '';
	beforeAll(async () => {
		token = await suite.fixture.login(suite.fixture.users.coordinator);
	});

	function upload(bytes: Uint8Array, { apply = false, name = 'values.xlsx', sent = () => {} } = {}) {
		const type = name.endsWith('.csv') ? 'text/csv' : XLSX;
		const form = multipart({ file: { name, type, bytes }, ...(apply ? { apply: '1' } : {}) });
		return rawRequest(url('/indicators/import'), {
			headers: { cookie: `session=${token}`, origin: suite.server.origin, 'content-type': form.type },
			body: form.body,
			sent
		});
	}

	it('refuses zip-bomb workbooks at once, four at a time, without the server unpacking them', async () => {
		const parts = await workbookParts([
			['indicator', 'period', 'value'],
			['M1', '2024-01', 1]
		]);
		// 512 MB of "0" in a sheet, packed into half a megabyte.
		const bomb = await bombSheet('xl/worksheets/sheet1.xml', 512);
		const swapped: Part[] = parts.map((part) => (part.name === bomb.name ? bomb : part));
		const honest = zipOf(swapped);
		// The same bomb declaring 4 KB: it passes the directory's checks and is caught unpacking.
		const lying = zipOf(swapped, (part) => (part.name === bomb.name ? 4096 : part.size));
		expect(honest.length).toBeLessThan(1024 * 1024);

		const before = await recorded();
		let answers: RawAnswer[] = [];
		const grew = await peakGrowth(suite.server.process.pid!, async () => {
			answers = await Promise.all(
				[honest, honest, lying, lying].map((file) => upload(file, { apply: true }))
			);
		});
		for (const answer of answers) {
			expect(answer).toMatchObject({ status: 413, body: { code: 'file_unpacks_too_large' } });
			expect(answer.body.error).toMatch(/50 MB/);
		}
		// Unpacked, each would have taken the server up by more than 512 MB.
		expect(grew).toBeLessThan(100);
		expect(await recorded()).toBe(before);
		expect(
			(
				await rawRequest(url('/indicators?limit=1'), {
					method: 'GET',
					headers: { cookie: `session=${token}` }
				})
			).status
		).toBe(200);
	});

	it('refuses a workbook of 20,001 lines of values, recording none of them', async () => {
		const workbook = new ExcelJS.Workbook();
		const sheet = workbook.addWorksheet('Values');
		sheet.addRow(['indicator', 'period', 'value']);
		for (const row of monthly(20_001)) sheet.addRow(row);
		const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
		const before = await recorded();
		for (const apply of [false, true]) {
			const answer = await upload(bytes, { apply });
			expect(answer).toMatchObject({ status: 413, body: { code: 'too_many_rows' } });
			expect(answer.body.error).toMatch(/20,000/);
		}
		expect(await recorded()).toBe(before);
	});

	it('previews a file by its first hundred refused lines and counts all the rest', async () => {
		// 500 good lines, then 150 with an unknown indicator.
		const rows = [...monthly(500), ...Array.from({ length: 150 }, () => ['NOPE', '2024-01', '1'])];
		const answer = await upload(csv(rows), { name: 'values.csv' });
		expect(answer.status).toBe(200);
		expect(answer.body.counts).toEqual({ new: 500, changed: 0, unchanged: 0, error: 150 });
		const listed = answer.body.rows as { row: number; outcome: string }[];
		expect(listed).toHaveLength(100);
		expect(listed.every((row) => row.outcome === 'error')).toBe(true);
		expect(listed[0]!.row).toBe(502);
		expect(answer.body.omitted).toEqual({ rows: 550, errors: 50 });
	});

	it('applies a CSV of 20,000 lines whole, while the server keeps answering others', async () => {
		const rows = monthly(20_000);
		const before = await recorded();
		const events: string[] = [];
		let others: Promise<void> = Promise.resolve();
		// Once the file is sent, five requests one after another: each is answered between two
		// slices of the import's work, so all five come back before the import does.
		const applying = upload(csv(rows), {
			apply: true,
			name: 'values.csv',
			sent: () => {
				others = (async () => {
					for (let i = 0; i < 5; i++) {
						const other = await rawRequest(url('/indicators?limit=1'), {
							method: 'GET',
							headers: { cookie: `session=${token}` }
						});
						events.push(`other ${other.status}`);
					}
				})();
			}
		}).then((answer) => {
			events.push(`import ${answer.status}`);
			return answer;
		});
		const answer = await applying;
		await others;
		expect(events).toEqual([...Array<string>(5).fill('other 200'), 'import 200']);
		expect(answer.body).toEqual({ recorded: 20_000, rows: 20_000 });
		expect(await recorded()).toBe(before + 20_000);
	});
});
