// The recording and approval services against a real SQLite file: a batch is written whole or not
// at all, corrections are added rows, a first value starts its year, and the monitoring data and
// events follow. The HTTP doors are tested in values-api and periods-api.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import {
	currentValues,
	previewValues,
	recordValues,
	valueLog,
	type BatchRow
} from '../../../src/lib/server/indicators/values';
import { stepPeriod, yearHistory, yearStates } from '../../../src/lib/server/indicators/periods';
import { monitoringData, statesByYear } from '../../../src/lib/server/indicators/monitoring';
import { subscribe, type MonitoringEvent } from '../../../src/lib/server/indicators/events';
import { Refusal } from '../../../src/lib/refusal';
import { EXPORTS, PER_VISIT, VISITS, monitoringFixture, rowCount, type MonitoringFixture } from './fixture';

let fixture: MonitoringFixture;
beforeAll(async () => {
	fixture = await monitoringFixture();
});
afterAll(async () => fixture?.dispose());

const as = (who: keyof MonitoringFixture['users'] | 'betaCoordinator') =>
	fixture.appUser(who === 'betaCoordinator' ? fixture.betaCoordinator : fixture.users[who]);

async function refusal(run: () => unknown): Promise<Refusal> {
	try {
		await run();
	} catch (error) {
		if (error instanceof Refusal) return error;
		throw error;
	}
	throw new Error('expected a refusal');
}

const record = async (
	rows: BatchRow[],
	who: Parameters<typeof as>[0] = 'coordinator',
	via: 'form' | 'api' | 'import' = 'form',
	now?: number
) => recordValues(fixture.db, await as(who), fixture.planRef, rows, via, now);

describe('recording a batch of values', () => {
	it('applies nothing when one row is bad, and names that row', async () => {
		const values = await rowCount(fixture.db, 'indicator_values');
		const steps = await rowCount(fixture.db, 'period_steps');
		const refused = await refusal(() =>
			record(
				[
					{ row: 2, indicator: 'EXP', period: '2040', value: 1 },
					{ row: 3, indicator: 'VIS', period: '2040-Q1', value: 'twelve' },
					{ row: 4, indicator: 'VIS', period: '2040-Q2', value: 12 }
				],
				'coordinator',
				'import'
			)
		);
		expect(refused).toMatchObject({ status: 400, code: 'invalid_rows' });
		expect(refused.rows).toEqual([
			{ row: 3, field: 'value', code: 'invalid_number', message: expect.any(String) }
		]);
		expect(await rowCount(fixture.db, 'indicator_values')).toBe(values);
		expect(await rowCount(fixture.db, 'period_steps')).toBe(steps);
		expect((await yearStates(fixture.db, fixture.planA)).has(2040)).toBe(false);
	});

	it('names every bad row of a batch, each with its field', async () => {
		const refused = await refusal(() =>
			record([
				{ row: 2, indicator: 'NOPE', period: '2041', value: 1 },
				{ row: 3, indicator: 'EXP', period: '2041', value: 1 },
				{ row: 4, indicator: 'VIS', period: '2041-Q9', value: 1 },
				{ row: 5, indicator: 'PER', period: '2041', value: 1 },
				{ row: 6, indicator: 'EXP', period: '2041', value: 2 }
			])
		);
		expect(refused.status).toBe(400);
		expect(refused.rows.map(({ row, field, code }) => [row, field, code])).toEqual([
			[2, 'indicator', 'not_found'],
			[4, 'period', 'invalid_period'],
			[5, 'indicator', 'computed_indicator'],
			[6, 'period', 'duplicate_row']
		]);
		expect(refused.rows[3]!.message).toMatch(/row 3/);
		expect(
			(await valueLog(fixture.db, fixture.planA)).filter((row) => row.period.startsWith('2041'))
		).toEqual([]);
	});

	it('refuses an empty batch', async () => {
		expect(await refusal(() => record([]))).toMatchObject({ status: 400, code: 'required' });
	});

	it('refuses those who may not record, before looking at the rows', async () => {
		const rows = [{ row: 1, indicator: 'EXP', period: '2042', value: 1 }];
		for (const who of ['member', 'reviewer', 'outsider', 'betaCoordinator'] as const) {
			expect(await refusal(() => record(rows, who)), who).toMatchObject({ status: 403, code: 'forbidden' });
			expect(
				await refusal(async () => previewValues(fixture.db, await as(who), fixture.planRef, rows)),
				who
			).toMatchObject({ status: 403 });
		}
		expect((await refusal(() => record([], 'member'))).status).toBe(403);
		expect((await valueLog(fixture.db, fixture.planA)).filter((row) => row.period === '2042')).toEqual([]);
	});

	it('lets an admin record', async () => {
		const [row] = await record([{ row: 1, indicator: 'EXP', period: '2043', value: 3 }], 'admin');
		expect(row).toMatchObject({ authorName: 'Ada Admin', period: '2043' });
	});

	it('writes every row of a good batch with its author, source and time', async () => {
		const at = Date.UTC(2025, 3, 1, 9, 30);
		const written = await record(
			[
				{
					row: 1,
					indicator: 'EXP',
					period: '2044',
					value: '1 200,5',
					note: ' customs ',
					evidence: 'https://example.org/c'
				},
				{ row: 2, indicator: VISITS, period: 'Q1 2044', value: 7 }
			],
			'coordinator',
			'api',
			at
		);
		expect(written.map((row) => [row.indicatorId, row.period, row.value, row.note, row.evidence])).toEqual([
			[EXPORTS, '2044', 1200.5, 'customs', 'https://example.org/c'],
			[VISITS, '2044-Q1', 7, '', '']
		]);
		for (const row of written) {
			expect(row).toMatchObject({
				planId: fixture.planA,
				authorId: fixture.users.coordinator,
				authorName: 'Cora Coordinator',
				via: 'api',
				supersedes: null
			});
			expect(row.createdAt.getTime()).toBe(at);
		}
	});

	it('starts a year with its first value, once, and leaves a started year’s state alone', async () => {
		await record([
			{ row: 1, indicator: 'EXP', period: '2045', value: 1 },
			{ row: 2, indicator: 'VIS', period: '2045-Q1', value: 1 },
			{ row: 3, indicator: 'VIS', period: '2046-Q1', value: 1 }
		]);
		await record([{ row: 1, indicator: 'VIS', period: '2045-Q2', value: 1 }]);
		const steps = async (year: number) =>
			(await yearHistory(fixture.db, fixture.planA, year)).map((row) => [row.step, row.state]);
		expect(await steps(2045)).toEqual([['record', 'in_progress']]);
		expect(await steps(2046)).toEqual([['record', 'in_progress']]);

		await stepPeriod(fixture.db, await as('coordinator'), fixture.planRef, { year: 2045, step: 'submit' });
		await stepPeriod(fixture.db, await as('reviewer'), fixture.planRef, {
			year: 2045,
			step: 'return',
			comment: 'check Q1'
		});
		await record([{ row: 1, indicator: 'VIS', period: '2045-Q1', value: 2 }]);
		expect((await yearStates(fixture.db, fixture.planA)).get(2045)?.state).toBe('returned');
	});

	it('refuses a value for a submitted or approved year with 409, and writes nothing', async () => {
		await record([{ row: 1, indicator: 'EXP', period: '2047', value: 1 }]);
		await stepPeriod(fixture.db, await as('coordinator'), fixture.planRef, { year: 2047, step: 'submit' });
		const values = await rowCount(fixture.db, 'indicator_values');
		const refused = await refusal(() =>
			record([
				{ row: 1, indicator: 'EXP', period: '2048', value: 1 },
				{ row: 2, indicator: 'VIS', period: '2047-Q3', value: 1 }
			])
		);
		expect(refused).toMatchObject({ status: 409, code: 'invalid_rows' });
		expect(refused.rows).toEqual([
			{ row: 2, field: 'period', code: 'period_locked', message: expect.any(String) }
		]);
		await stepPeriod(fixture.db, await as('reviewer'), fixture.planRef, { year: 2047, step: 'approve' });
		expect(
			(await refusal(() => record([{ row: 1, indicator: 'EXP', period: '2047', value: 5 }]))).status
		).toBe(409);
		expect(await rowCount(fixture.db, 'indicator_values')).toBe(values);
		expect((await yearStates(fixture.db, fixture.planA)).has(2048)).toBe(false);
	});
});

describe('corrections', () => {
	it('adds a row that supersedes the one it corrects; the latest counts', async () => {
		const [first] = await record([{ row: 1, indicator: 'EXP', period: '2050', value: 10 }]);
		const [second] = await record([{ row: 1, indicator: 'EXP', period: '2050', value: 11 }]);
		const [third] = await record([{ row: 1, indicator: 'EXP', period: '2050', value: 11, note: 'audited' }]);
		expect(second!.supersedes).toBe(first!.id);
		expect(third!.supersedes).toBe(second!.id);
		const log = (await valueLog(fixture.db, fixture.planA)).filter((row) => row.period === '2050');
		expect(log.map((row) => row.value)).toEqual([10, 11, 11]);
		const current = (await currentValues(fixture.db, fixture.planA)).filter((row) => row.period === '2050');
		expect(current).toEqual([third]);
	});

	it('adds nothing for a value that is the same as the current one', async () => {
		await record([
			{ row: 1, indicator: 'EXP', period: '2051', value: 10, note: 'n', evidence: 'https://example.org/' }
		]);
		const rows = await rowCount(fixture.db, 'indicator_values');
		const steps = await rowCount(fixture.db, 'period_steps');
		const again = await record([
			{ row: 1, indicator: 'exp', period: 2051, value: '10', note: ' n ', evidence: 'https://example.org' }
		]);
		expect(again).toEqual([]);
		expect(await rowCount(fixture.db, 'indicator_values')).toBe(rows);
		expect(await rowCount(fixture.db, 'period_steps')).toBe(steps);
	});

	it('previews what each row would do and writes nothing', async () => {
		await record([{ row: 1, indicator: 'EXP', period: '2052', value: 5 }]);
		const rows = await rowCount(fixture.db, 'indicator_values');
		const preview = await previewValues(fixture.db, await as('coordinator'), fixture.planRef, [
			{ row: 2, indicator: 'EXP', period: '2052', value: 5 },
			{ row: 3, indicator: 'EXP', period: '2053', value: 5 },
			{ row: 4, indicator: 'VIS', period: '2052-Q1', value: 'x' },
			{ row: 5, indicator: 'EXP', period: '2052', value: 6 }
		]);
		expect(preview.map((row) => [row.row, row.outcome])).toEqual([
			[2, 'unchanged'],
			[3, 'new'],
			[4, 'error'],
			[5, 'error']
		]);
		const changed = await previewValues(fixture.db, await as('coordinator'), fixture.planRef, [
			{ row: 1, indicator: 'EXP', period: '2052', value: 6 }
		]);
		expect(changed).toEqual([
			expect.objectContaining({ outcome: 'changed', previous: expect.objectContaining({ value: 5 }) })
		]);
		expect(await rowCount(fixture.db, 'indicator_values')).toBe(rows);
	});

	it('logs an import in the audit log, and not a form or API recording', async () => {
		const { auditLog } = fixture.db.tables;
		const imports = () =>
			fixture.db.select().from(auditLog).where(eq(auditLog.action, 'indicator.import')).orderBy(auditLog.id);
		const before = (await imports()).length;
		await record([{ row: 1, indicator: 'EXP', period: '2054', value: 1 }], 'coordinator', 'form');
		await record([{ row: 1, indicator: 'EXP', period: '2055', value: 1 }], 'coordinator', 'api');
		await record(
			[
				{ row: 2, indicator: 'EXP', period: '2056', value: 1 },
				{ row: 3, indicator: 'EXP', period: '2055', value: 1 }
			],
			'coordinator',
			'import'
		);
		const logged = await imports();
		expect(logged).toHaveLength(before + 1);
		expect(logged.at(-1)).toMatchObject({
			userId: fixture.users.coordinator,
			clusterId: 'alpha',
			target: fixture.planA,
			detail: { rows: 2, recorded: 1 }
		});
	});
});

describe('what the monitoring view reads', () => {
	it('gives the current values and each year’s state with its steps, newest first', async () => {
		const t = Date.UTC(2026, 0, 10);
		await record([{ row: 1, indicator: 'EXP', period: '2060', value: 1 }], 'coordinator', 'form', t);
		await record(
			[{ row: 1, indicator: 'EXP', period: '2060', value: 2, note: 'fixed' }],
			'coordinator',
			'form',
			t + 1000
		);
		await stepPeriod(
			fixture.db,
			await as('coordinator'),
			fixture.planRef,
			{ year: 2060, step: 'submit' },
			t + 2000
		);
		await stepPeriod(
			fixture.db,
			await as('reviewer'),
			fixture.planRef,
			{ year: 2060, step: 'return', comment: 'why?' },
			t + 3000
		);

		const data = await monitoringData(fixture.db, fixture.planA);
		expect(data.values.filter((v) => v.period === '2060')).toEqual([
			{
				id: expect.any(Number),
				indicatorId: EXPORTS,
				period: '2060',
				value: 2,
				note: 'fixed',
				evidence: '',
				authorName: 'Cora Coordinator',
				at: new Date(t + 1000).toISOString()
			}
		]);
		// The value the correction replaced is kept, and read as the indicator's history.
		expect(data.corrected.filter((v) => v.period === '2060')).toEqual([
			expect.objectContaining({ indicatorId: EXPORTS, value: 1, note: '', at: new Date(t).toISOString() })
		]);
		const year = data.years.find((y) => y.year === 2060);
		expect(year).toEqual({
			year: 2060,
			state: 'returned',
			steps: [
				{
					step: 'return',
					state: 'returned',
					by: 'Rustam Reviewer',
					at: new Date(t + 3000).toISOString(),
					comment: 'why?'
				},
				{
					step: 'submit',
					state: 'submitted',
					by: 'Cora Coordinator',
					at: new Date(t + 2000).toISOString(),
					comment: ''
				},
				{
					step: 'record',
					state: 'in_progress',
					by: 'Cora Coordinator',
					at: new Date(t).toISOString(),
					comment: ''
				}
			]
		});
		const years = data.years.map((y) => y.year);
		expect(years).toEqual(years.toSorted((a, b) => b - a));
		expect(statesByYear(data.years)[2060]).toBe('returned');
	});

	it('never shows a formula indicator’s typed value, as none can be recorded', async () => {
		expect(
			(await refusal(() => record([{ row: 1, indicator: PER_VISIT, period: '2061', value: 1 }]))).rows[0]!
				.code
		).toBe('computed_indicator');
		expect(
			(await currentValues(fixture.db, fixture.planA)).some((row) => row.indicatorId === PER_VISIT)
		).toBe(false);
	});
});

describe('events for open monitoring views', () => {
	it('announces a recorded batch with its periods and every approval step, and nothing else', async () => {
		const events: MonitoringEvent[] = [];
		const others: MonitoringEvent[] = [];
		const stop = subscribe(fixture.planA, (event) => events.push(event));
		const stopOther = subscribe(fixture.planB, (event) => others.push(event));
		try {
			await record([
				{ row: 1, indicator: 'VIS', period: '2070-Q2', value: 1 },
				{ row: 2, indicator: 'VIS', period: '2070-Q1', value: 1 },
				{ row: 3, indicator: 'EXP', period: '2070', value: 1 }
			]);
			await record([{ row: 1, indicator: 'EXP', period: '2070', value: 1 }]);
			await refusal(() => record([{ row: 1, indicator: 'EXP', period: '2070', value: 'x' }]));
			await refusal(async () =>
				stepPeriod(fixture.db, await as('coordinator'), fixture.planRef, { year: 2070, step: 'approve' })
			);
			await stepPeriod(fixture.db, await as('coordinator'), fixture.planRef, { year: 2070, step: 'submit' });
		} finally {
			stop();
			stopOther();
		}
		expect(events).toEqual([
			{ kind: 'values', periods: ['2070-Q2', '2070-Q1', '2070'] },
			{ kind: 'period', year: 2070, state: 'submitted' }
		]);
		expect(others).toEqual([]);
		// Once stopped, nothing more arrives.
		await record([{ row: 1, indicator: 'EXP', period: '2071', value: 1 }]);
		expect(events).toHaveLength(2);
	});
});
