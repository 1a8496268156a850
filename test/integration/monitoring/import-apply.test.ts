// The import service against a real SQLite file: thousands of lines checked in slices and written in
// one transaction, all or none, and what happens when someone records a value or submits a year
// while a file is being checked (the import sees it, and is checked again or refused whole).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, gte } from 'drizzle-orm';
import { applyImport, checkImport } from '../../../src/lib/server/indicators/import-values';
import { recordValues, type BatchRow } from '../../../src/lib/server/indicators/values';
import { stepPeriod, yearStates } from '../../../src/lib/server/indicators/periods';
import { Refusal } from '../../../src/lib/refusal';
import { openStorage, type Db } from '../../../src/lib/server/db';
import { VISITS, monitoringFixture, rowCount, type MonitoringFixture } from './fixture';

let fixture: MonitoringFixture;
beforeAll(async () => {
	fixture = await monitoringFixture();
});
afterAll(async () => fixture?.dispose());

/** The audit log's lines of imports, oldest first. */
async function importAudits() {
	const { auditLog } = fixture.db.tables;
	return fixture.db
		.select()
		.from(auditLog)
		.where(eq(auditLog.action, 'indicator.import'))
		.orderBy(auditLog.id);
}

const coordinator = () => fixture.appUser(fixture.users.coordinator);

/** Quarterly values of VIS, one a line from line 2, over the years from `from` on (1900 to 2200). */
const quarters = (from: number, count: number, value = 1): BatchRow[] =>
	Array.from({ length: count }, (_, i) => ({
		row: i + 2,
		indicator: 'VIS',
		period: `${from + Math.floor(i / 4)}-Q${(i % 4) + 1}`,
		value
	}));

async function refusal(work: Promise<unknown>): Promise<Refusal> {
	try {
		await work;
	} catch (error) {
		if (error instanceof Refusal) return error;
		throw error;
	}
	throw new Error('expected a refusal');
}

describe('applying an import', () => {
	// 1,100 lines of VIS, 1901 to 2175: checked in two slices, with others let in between.
	const LINES = 1100;

	it('records 1,100 lines whole, each year it starts in progress, and one line in the audit log', async () => {
		const audits = await rowCount(fixture.db, 'audit_log');
		const rows = quarters(1901, LINES);
		expect(await applyImport(fixture.db, await coordinator(), fixture.planRef, rows)).toBe(LINES);
		const { indicatorValues } = fixture.db.tables;
		const stored = await fixture.db
			.select()
			.from(indicatorValues)
			.where(and(eq(indicatorValues.indicatorId, VISITS), eq(indicatorValues.via, 'import')))
			.orderBy(indicatorValues.id);
		expect(stored.map((row) => row.period)).toEqual(rows.map((row) => row.period));
		expect(stored[0]).toMatchObject({
			value: 1,
			note: '',
			evidence: '',
			supersedes: null,
			authorName: 'Cora Coordinator'
		});
		const states = await yearStates(fixture.db, fixture.planA);
		expect([1901, 2000, 2175].map((year) => states.get(year)?.state)).toEqual([
			'in_progress',
			'in_progress',
			'in_progress'
		]);
		expect(await rowCount(fixture.db, 'audit_log')).toBe(audits + 1);
	});

	it('corrects what is recorded, leaves alike lines alone, and refuses the whole file for one bad line', async () => {
		const rows = quarters(1901, 8, 1).map((row, i) => (i < 4 ? { ...row, value: 2 } : row));
		const planned = await checkImport(fixture.db, await coordinator(), fixture.planRef, rows);
		expect(planned.map((row) => row.outcome)).toEqual([
			...Array(4).fill('changed'),
			...Array(4).fill('unchanged')
		]);
		const before = await rowCount(fixture.db, 'indicator_values');
		const bad = [...rows, { row: 10, indicator: 'VIS', period: '1903-Q5', value: 1 }];
		expect(await refusal(applyImport(fixture.db, await coordinator(), fixture.planRef, bad))).toMatchObject({
			status: 400,
			code: 'invalid_rows',
			rows: [{ row: 10, field: 'period', code: 'invalid_period' }]
		});
		expect(await rowCount(fixture.db, 'indicator_values')).toBe(before);
		expect(await applyImport(fixture.db, await coordinator(), fixture.planRef, rows)).toBe(4);
	});

	it('names the first 100 refused lines and counts them all', async () => {
		const rows = Array.from({ length: 250 }, (_, i) => ({
			row: i + 2,
			indicator: 'NOPE',
			period: '2030',
			value: 1
		}));
		const refused = await refusal(applyImport(fixture.db, await coordinator(), fixture.planRef, rows));
		expect(refused.rows).toHaveLength(100);
		expect(refused.rows[99]).toMatchObject({ row: 101, code: 'not_found' });
		expect(refused.message).toBe('250 rows are refused');
	});

	it('checks again when a value is recorded while the file is checked, and corrects that value', async () => {
		const rows = quarters(1901, LINES, 3);
		const applying = applyImport(fixture.db, await coordinator(), fixture.planRef, rows);
		// Runs while the import waits between its slices, after the first was checked.
		const [meanwhile] = await recordValues(
			fixture.db,
			await fixture.appUser(fixture.users.admin),
			fixture.planRef,
			[{ row: 1, indicator: 'VIS', period: '1901-Q1', value: 9 }],
			'form'
		);
		expect(await applying).toBe(LINES);
		const { indicatorValues } = fixture.db.tables;
		const latest = await fixture.db
			.select()
			.from(indicatorValues)
			.where(and(eq(indicatorValues.period, '1901-Q1'), gte(indicatorValues.id, meanwhile!.id)))
			.orderBy(indicatorValues.id);
		expect(latest.map((row) => [row.value, row.via, row.supersedes])).toEqual([
			[9, 'form', meanwhile!.supersedes],
			[3, 'import', meanwhile!.id]
		]);
	});

	it('refuses the whole file when a year it records in is submitted while it is checked', async () => {
		const values = await rowCount(fixture.db, 'indicator_values');
		const imports = await importAudits();
		// The submission lands while the file is checked: the import's write waits until it has (the
		// check lets others in between its slices, but on a fast database it could end first, and an
		// import written before a submission is rightly kept). The submission comes through a second
		// connection to the same database, as from another request.
		const { env } = fixture;
		const other = await openStorage(
			env.DATABASE_URL
				? { dialect: 'postgres', url: env.DATABASE_URL }
				: { dialect: 'sqlite', path: env.DATABASE_PATH! }
		);
		let submitted!: () => void;
		const landed = new Promise<void>((resolve) => (submitted = resolve));
		const transaction = fixture.db.transaction;
		fixture.db.transaction = async <T>(work: (tx: Db) => Promise<T>): Promise<T> => {
			await landed;
			return transaction.call(fixture.db, work) as Promise<T>;
		};
		let applying: Promise<number>;
		try {
			applying = applyImport(fixture.db, await coordinator(), fixture.planRef, quarters(1901, LINES, 5));
			await stepPeriod(other.db, await coordinator(), fixture.planRef, { year: 2100, step: 'submit' });
			submitted();
			await applying.catch(() => {});
		} finally {
			fixture.db.transaction = transaction;
			await other.close();
		}
		// 2100-Q1 is the 797th value: line 798.
		expect(await refusal(applying)).toMatchObject({
			status: 409,
			code: 'invalid_rows',
			rows: [798, 799, 800, 801].map((row) => ({ row, field: 'period', code: 'period_locked' }))
		});
		expect(await rowCount(fixture.db, 'indicator_values')).toBe(values);
		expect(await importAudits()).toEqual(imports);
	});

	it('refuses a coordinator of another cluster before checking a line', async () => {
		const other = await fixture.appUser(fixture.betaCoordinator);
		expect(await refusal(applyImport(fixture.db, other, fixture.planRef, quarters(1901, 1)))).toMatchObject({
			status: 403,
			code: 'forbidden'
		});
	});
});
