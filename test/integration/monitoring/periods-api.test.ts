// Approval of a plan's reporting year through POST /api/plans/<plan>/periods/<year>, against the
// real server process: who may take which step, the lock on submitted and approved years, the
// comment a reopening needs and the audit trail it leaves.
import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { EXPORTS, VISITS, monitoringServer, rowCount } from './fixture';

describe('POST /api/plans/<plan>/periods/<year>', () => {
	const suite = monitoringServer();
	const db = () => suite.fixture.db;
	const coordinator = () => suite.token('coordinator');
	const reviewer = () => suite.token('reviewer');

	/** Records one value of the annual indicator into `year` as the coordinator. */
	async function recordInto(year: number, value = 150) {
		const res = await suite.value(EXPORTS, {
			token: await coordinator(),
			body: { period: String(year), value }
		});
		expect(res.status).toBe(201);
	}

	const stepsOf = async (year: number) => {
		const { periodSteps } = db().tables;
		const rows = await db()
			.select()
			.from(periodSteps)
			.where(and(eq(periodSteps.planId, suite.fixture.planA), eq(periodSteps.year, year)))
			.orderBy(periodSteps.id);
		return rows.map((row) => [row.step, row.state]);
	};

	it('goes from in progress to submitted to approved, and then refuses a value with 409', async () => {
		await recordInto(2021);
		expect(await stepsOf(2021)).toEqual([['record', 'in_progress']]);
		expect(await suite.step(2021, { token: await coordinator(), body: { step: 'submit' } })).toEqual({
			status: 200,
			body: { year: 2021, state: 'submitted' }
		});
		expect(await suite.step(2021, { token: await reviewer(), body: { step: 'approve' } })).toEqual({
			status: 200,
			body: { year: 2021, state: 'approved' }
		});
		const before = await rowCount(db(), 'indicator_values');
		const late = await suite.value(EXPORTS, {
			token: await coordinator(),
			body: { period: '2021', value: 999 }
		});
		expect(late.status).toBe(409);
		expect(late.body.rows).toEqual([
			{ row: 1, field: 'period', code: 'period_locked', message: expect.any(String) }
		]);
		// Any period of the year is locked, whatever the indicator's frequency.
		const quarter = await suite.value(VISITS, {
			token: await coordinator(),
			body: { period: '2021-Q4', value: 1 }
		});
		expect(quarter.status).toBe(409);
		expect(await rowCount(db(), 'indicator_values')).toBe(before);
		expect(await stepsOf(2021)).toEqual([
			['record', 'in_progress'],
			['submit', 'submitted'],
			['approve', 'approved']
		]);
	});

	it('locks a submitted year too, until it is withdrawn', async () => {
		await recordInto(2022);
		expect((await suite.step(2022, { token: await coordinator(), body: { step: 'submit' } })).status).toBe(
			200
		);
		expect(
			(await suite.value(EXPORTS, { token: await coordinator(), body: { period: '2022', value: 1 } })).status
		).toBe(409);
		expect(await suite.step(2022, { token: await coordinator(), body: { step: 'withdraw' } })).toEqual({
			status: 200,
			body: { year: 2022, state: 'in_progress' }
		});
		expect(
			(await suite.value(EXPORTS, { token: await coordinator(), body: { period: '2022', value: 2 } })).status
		).toBe(201);
	});

	it('refuses a member any step with 403 and writes nothing', async () => {
		await recordInto(2023);
		const steps = await rowCount(db(), 'period_steps');
		for (const step of ['submit', 'approve', 'return', 'withdraw', 'reopen']) {
			const res = await suite.step(2023, {
				token: await suite.token('member'),
				body: { step, comment: 'why not' }
			});
			expect(res.status, step).toBe(403);
			expect(res.body.code).toBe('forbidden');
		}
		expect(await rowCount(db(), 'period_steps')).toBe(steps);
	});

	it('refuses the coordinator the reviewer’s steps, and the reviewer the coordinator’s', async () => {
		await recordInto(2024);
		expect((await suite.step(2024, { token: await reviewer(), body: { step: 'submit' } })).status).toBe(403);
		expect((await suite.step(2024, { token: await coordinator(), body: { step: 'submit' } })).status).toBe(
			200
		);
		expect((await suite.step(2024, { token: await coordinator(), body: { step: 'approve' } })).status).toBe(
			403
		);
		expect(
			(await suite.step(2024, { token: await coordinator(), body: { step: 'return', comment: 'no' } })).status
		).toBe(403);
		expect((await suite.step(2024, { token: await reviewer(), body: { step: 'withdraw' } })).status).toBe(
			403
		);
		expect((await suite.step(2024, { token: await reviewer(), body: { step: 'approve' } })).status).toBe(200);
		expect(
			(await suite.step(2024, { token: await coordinator(), body: { step: 'reopen', comment: 'a typo' } }))
				.status
		).toBe(403);
		expect((await stepsOf(2024)).at(-1)).toEqual(['approve', 'approved']);
	});

	it('reopens an approved year only with a comment, logs it, and takes values again', async () => {
		await recordInto(2025);
		await suite.step(2025, { token: await coordinator(), body: { step: 'submit' } });
		await suite.step(2025, { token: await reviewer(), body: { step: 'approve' } });
		const steps = await rowCount(db(), 'period_steps');
		for (const comment of [undefined, '', '   ']) {
			const res = await suite.step(2025, { token: await reviewer(), body: { step: 'reopen', comment } });
			expect(res.status).toBe(400);
			expect(res.body.code).toBe('required');
		}
		expect(await rowCount(db(), 'period_steps')).toBe(steps);

		const reopened = await suite.step(2025, {
			token: await reviewer(),
			body: { step: 'reopen', comment: 'The customs figure was revised' }
		});
		expect(reopened).toEqual({ status: 200, body: { year: 2025, state: 'in_progress' } });
		const { auditLog, periodSteps } = db().tables;
		const logged = await db()
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'period.reopen'), eq(auditLog.target, `${suite.fixture.planA}/2025`)))
			.orderBy(auditLog.id);
		expect(logged).toEqual([
			expect.objectContaining({
				userId: suite.fixture.users.reviewer,
				clusterId: 'alpha',
				detail: { from: 'approved', to: 'in_progress', comment: 'The customs figure was revised' }
			})
		]);
		const step = (await db().select().from(periodSteps).orderBy(periodSteps.id)).at(-1);
		expect(step).toMatchObject({
			year: 2025,
			step: 'reopen',
			state: 'in_progress',
			comment: 'The customs figure was revised'
		});
		expect(
			(await suite.value(EXPORTS, { token: await coordinator(), body: { period: '2025', value: 160 } }))
				.status
		).toBe(201);
	});

	it('returns a year with a comment; the coordinator corrects and submits again', async () => {
		await recordInto(2026);
		await suite.step(2026, { token: await coordinator(), body: { step: 'submit' } });
		expect((await suite.step(2026, { token: await reviewer(), body: { step: 'return' } })).status).toBe(400);
		expect(
			await suite.step(2026, { token: await reviewer(), body: { step: 'return', comment: 'Source missing' } })
		).toEqual({ status: 200, body: { year: 2026, state: 'returned' } });
		expect(
			(await suite.value(EXPORTS, { token: await coordinator(), body: { period: '2026', value: 170 } }))
				.status
		).toBe(201);
		expect((await stepsOf(2026)).at(-1)).toEqual(['return', 'returned']);
		expect((await suite.step(2026, { token: await coordinator(), body: { step: 'submit' } })).body).toEqual({
			year: 2026,
			state: 'submitted'
		});
	});

	it.each([
		['approve a year with no data', 2030, [], 'approve'],
		['submit a year with no data', 2030, [], 'submit'],
		['return a year with no data', 2030, [], 'return'],
		['withdraw a year in progress', 2027, [], 'withdraw'],
		['approve a year in progress', 2027, [], 'approve'],
		['reopen a year in progress', 2027, [], 'reopen'],
		['submit a submitted year', 2028, ['submit'], 'submit'],
		['reopen a submitted year', 2028, ['submit'], 'reopen'],
		['approve an approved year', 2029, ['submit', 'approve'], 'approve'],
		['withdraw an approved year', 2029, ['submit', 'approve'], 'withdraw']
	] as const)('refuses to %s with 409 illegal_transition', async (_what, year, before, step) => {
		if (year !== 2030 && (await stepsOf(year)).length === 0) {
			await recordInto(year);
			for (const earlier of before) {
				const token = earlier === 'approve' ? await reviewer() : await coordinator();
				expect((await suite.step(year, { token, body: { step: earlier } })).status).toBe(200);
			}
		}
		const steps = await rowCount(db(), 'period_steps');
		const token = ['approve', 'return', 'reopen'].includes(step) ? await reviewer() : await coordinator();
		const res = await suite.step(year, { token, body: { step, comment: 'because' } });
		expect(res.status).toBe(409);
		expect(res.body.code).toBe('illegal_transition');
		expect(await rowCount(db(), 'period_steps')).toBe(steps);
	});

	it('refuses an unknown step, a step named record, and a year that is not a year, with 400', async () => {
		for (const body of [{ step: 'publish' }, { step: 'record' }, {}, { step: 7 }]) {
			const res = await suite.step(2031, { token: await coordinator(), body });
			expect(res.status, JSON.stringify(body)).toBe(400);
		}
		for (const year of ['twenty', '1899', '2025.5']) {
			expect(
				(await suite.step(year, { token: await coordinator(), body: { step: 'submit' } })).status,
				year
			).toBe(400);
		}
		expect((await suite.step(2031, { token: await coordinator(), body: 'step=submit' })).status).toBe(400);
	});

	it('answers a coordinator of another cluster 404 and a signed-out request 401', async () => {
		await recordInto(2032);
		const steps = await rowCount(db(), 'period_steps');
		const other = await suite.step(2032, {
			token: await suite.token('betaCoordinator'),
			body: { step: 'submit' }
		});
		expect(other.status).toBe(404);
		expect((await suite.step(2032, { token: null, body: { step: 'submit' } })).status).toBe(401);
		expect(await rowCount(db(), 'period_steps')).toBe(steps);
	});
});
