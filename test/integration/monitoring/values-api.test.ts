// The JSON API for coordinators who report from other systems, against the real server process:
// recording a value (who may, what is refused, corrections), reading the plan's indicators, and
// the live event stream an open monitoring view listens to.
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { waitFor } from '../collab/harness';
import { EXPORTS, PER_VISIT, VISITS, monitoringServer, rowCount } from './fixture';
import { listen as listenTo } from './event-stream';

type Row = Record<string, unknown>;

describe('POST /api/plans/<plan>/indicators/<indicator>/values', () => {
	const suite = monitoringServer();
	const db = () => suite.fixture.db;
	const rowsOf = async (indicator: string, period: string) => {
		const { indicatorValues } = db().tables;
		const rows = await db()
			.select()
			.from(indicatorValues)
			.where(eq(indicatorValues.indicatorId, indicator))
			.orderBy(indicatorValues.id);
		return rows.filter((row) => row.period === period);
	};

	/** The indicator as GET /indicators?unapproved=1 shows it to the coordinator. */
	async function shown(indicator: string) {
		const res = await suite.get(
			`/api/plans/${suite.fixture.planA}/indicators?unapproved=1`,
			await suite.token('coordinator')
		);
		expect(res.status).toBe(200);
		return (res.body.indicators as Row[]).find((entry) => entry.id === indicator)!;
	}

	it('records a coordinator’s value: 201 with the stored row, then shown by GET', async () => {
		const res = await suite.value(EXPORTS, {
			token: await suite.token('coordinator'),
			body: { period: '2022', value: 140, note: 'customs data', evidence: 'https://example.org/customs' }
		});
		expect(res.status).toBe(201);
		expect(res.body).toMatchObject({
			planId: suite.fixture.planA,
			indicatorId: EXPORTS,
			period: '2022',
			value: 140,
			note: 'customs data',
			evidence: 'https://example.org/customs',
			supersedes: null,
			authorId: suite.fixture.users.coordinator,
			authorName: 'Cora Coordinator',
			via: 'api'
		});
		expect(await rowsOf(EXPORTS, '2022')).toHaveLength(1);
		const exports = await shown(EXPORTS);
		expect(exports.values as Row[]).toEqual([
			expect.objectContaining({ period: '2022', value: 140, authorName: 'Cora Coordinator', approved: false })
		]);
	});

	it('takes a period in a lenient form and a value as text, and stores them canonical', async () => {
		const res = await suite.value(VISITS, {
			token: await suite.token('coordinator'),
			body: { period: 'q3 2022', value: '1 234,5', note: '' }
		});
		expect(res.status).toBe(201);
		expect(res.body).toMatchObject({ period: '2022-Q3', value: 1234.5 });
	});

	it('refuses a member with 403 and writes nothing', async () => {
		const before = await rowCount(db(), 'indicator_values');
		const res = await suite.value(EXPORTS, {
			token: await suite.token('member'),
			body: { period: '2023', value: 1 }
		});
		expect(res.status).toBe(403);
		expect(res.body.code).toBe('forbidden');
		expect(await rowCount(db(), 'indicator_values')).toBe(before);
	});

	it('refuses a reviewer with 403: reviewers approve, they do not record', async () => {
		const before = await rowCount(db(), 'indicator_values');
		const res = await suite.value(EXPORTS, {
			token: await suite.token('reviewer'),
			body: { period: '2023', value: 1 }
		});
		expect(res.status).toBe(403);
		expect(await rowCount(db(), 'indicator_values')).toBe(before);
	});

	it('answers a coordinator of another cluster 404, as for a plan that does not exist, and writes nothing', async () => {
		const before = await rowCount(db(), 'indicator_values');
		const other = await suite.value(EXPORTS, {
			token: await suite.token('betaCoordinator'),
			body: { period: '2023', value: 1 }
		});
		const unknown = await suite.post(`/api/plans/no-such-plan/indicators/${EXPORTS}/values`, {
			token: await suite.token('betaCoordinator'),
			body: { period: '2023', value: 1 }
		});
		expect(other.status).toBe(404);
		expect(unknown.status).toBe(404);
		expect(other.body).toEqual(unknown.body);
		expect(await rowCount(db(), 'indicator_values')).toBe(before);
	});

	it('lets the coordinator of beta record into beta’s own plan', async () => {
		// The same user is refused in alpha only because alpha is not theirs.
		const res = await suite.post(`/api/plans/${suite.fixture.planB}/indicators/anything/values`, {
			token: await suite.token('betaCoordinator'),
			body: { period: '2023', value: 1 }
		});
		// Plan B has no indicators: past the access check, the indicator is what is refused.
		expect(res.status).toBe(400);
		expect((res.body.rows as Row[])[0]).toMatchObject({ field: 'indicator', code: 'not_found' });
	});

	it('refuses a signed-out request with 401 and writes nothing', async () => {
		const before = await rowCount(db(), 'indicator_values');
		const res = await suite.value(EXPORTS, { token: null, body: { period: '2023', value: 1 } });
		expect(res.status).toBe(401);
		expect(await rowCount(db(), 'indicator_values')).toBe(before);
	});

	it('refuses a body that is not JSON, or not an object, with 400', async () => {
		const before = await rowCount(db(), 'indicator_values');
		const token = await suite.token('coordinator');
		for (const body of ['period=2023&value=1', '[1, 2]', 'null']) {
			const res = await suite.value(EXPORTS, { token, body });
			expect(res.status).toBe(400);
			expect(res.body.code).toBe('invalid_body');
		}
		expect(await rowCount(db(), 'indicator_values')).toBe(before);
	});

	it.each([
		['a value that is not a number', EXPORTS, { period: '2023', value: 'abc' }, 'value', 'invalid_number'],
		['no value at all', EXPORTS, { period: '2023' }, 'value', 'invalid_number'],
		['a quarter that does not exist', VISITS, { period: '2025-Q5', value: 1 }, 'period', 'invalid_period'],
		['a period of another frequency', EXPORTS, { period: '2025-Q1', value: 1 }, 'period', 'invalid_period'],
		['an unknown indicator', 'no-such-indicator', { period: '2023', value: 1 }, 'indicator', 'not_found'],
		['a formula indicator', PER_VISIT, { period: '2023', value: 1 }, 'indicator', 'computed_indicator'],
		[
			'an evidence link that is not http(s)',
			EXPORTS,
			{ period: '2023', value: 1, evidence: 'ftp://x.org/a' },
			'evidence',
			'invalid_value'
		],
		[
			'a note that is too long',
			EXPORTS,
			{ period: '2023', value: 1, note: 'n'.repeat(2001) },
			'note',
			'invalid_value'
		]
	])(
		'refuses %s with 400 naming the field, and writes nothing',
		async (_what, indicator, body, field, code) => {
			const before = await rowCount(db(), 'indicator_values');
			const steps = await rowCount(db(), 'period_steps');
			const res = await suite.value(indicator, { token: await suite.token('coordinator'), body });
			expect(res.status).toBe(400);
			expect(res.body).toMatchObject({ code: 'invalid_rows', error: expect.any(String) });
			expect(res.body.rows).toEqual([{ row: 1, field, code, message: expect.any(String) }]);
			expect(await rowCount(db(), 'indicator_values')).toBe(before);
			expect(await rowCount(db(), 'period_steps')).toBe(steps);
		}
	);

	it('names the indicator by its code as well as by its id', async () => {
		const res = await suite.value('exp', {
			token: await suite.token('coordinator'),
			body: { period: '2024', value: 300 }
		});
		expect(res.status).toBe(201);
		expect(res.body.indicatorId).toBe(EXPORTS);
	});

	it('records a correction as a new row that supersedes the first; GET shows the latest', async () => {
		const token = await suite.token('coordinator');
		const first = await suite.value(EXPORTS, {
			token,
			body: { period: '2025', value: 410, note: 'estimate' }
		});
		const second = await suite.value(EXPORTS, { token, body: { period: '2025', value: 420, note: 'final' } });
		expect(first.status).toBe(201);
		expect(second.status).toBe(201);
		expect(second.body).toMatchObject({ value: 420, note: 'final', supersedes: first.body.id });
		const rows = await rowsOf(EXPORTS, '2025');
		expect(rows.map((row) => [row.id, row.value, row.supersedes])).toEqual([
			[first.body.id, 410, null],
			[second.body.id, 420, first.body.id]
		]);
		const values = (await shown(EXPORTS)).values as Row[];
		expect(values.filter((v) => v.period === '2025')).toEqual([
			expect.objectContaining({ id: second.body.id, value: 420, note: 'final' })
		]);
	});

	it('answers the same value again with 200 unchanged and adds no row', async () => {
		const token = await suite.token('coordinator');
		const body = { period: '2026', value: 500, note: 'same' };
		expect((await suite.value(EXPORTS, { token, body })).status).toBe(201);
		const before = await rowCount(db(), 'indicator_values');
		const again = await suite.value(EXPORTS, { token, body: { ...body, value: '500' } });
		expect(again).toEqual({ status: 200, body: { unchanged: true } });
		expect(await rowCount(db(), 'indicator_values')).toBe(before);
		// A different note is a correction, though the number is the same.
		expect((await suite.value(EXPORTS, { token, body: { ...body, note: 'checked' } })).status).toBe(201);
	});
});

describe('GET /api/plans/<plan>/indicators', () => {
	const suite = monitoringServer();
	const url = (query = '') => `/api/plans/${suite.fixture.planA}/indicators${query}`;
	const find = (body: Record<string, unknown>, id: string) =>
		(body.indicators as Row[]).find((entry) => entry.id === id)!;

	it('shows approved figures by default and unapproved ones only when asked, marked', async () => {
		const coordinator = await suite.token('coordinator');
		const reviewer = await suite.token('reviewer');
		// 2021 is approved; 2023 stays in progress.
		for (const [period, value] of [
			['2021', 180],
			['2023', 260]
		] as const) {
			expect((await suite.value(EXPORTS, { token: coordinator, body: { period, value } })).status).toBe(201);
		}
		for (const quarter of ['2021-Q1', '2021-Q2', '2021-Q3', '2021-Q4', '2023-Q1']) {
			expect(
				(await suite.value(VISITS, { token: coordinator, body: { period: quarter, value: 10 } })).status
			).toBe(201);
		}
		expect((await suite.step(2021, { token: coordinator, body: { step: 'submit' } })).body.state).toBe(
			'submitted'
		);
		expect((await suite.step(2021, { token: reviewer, body: { step: 'approve' } })).body.state).toBe(
			'approved'
		);

		const approved = await suite.get(url(), await suite.token('member'));
		expect(approved.status).toBe(200);
		expect(approved.body).toMatchObject({ planId: suite.fixture.planA, includeUnapproved: false });
		expect(approved.body.years).toEqual([
			expect.objectContaining({ year: 2023, state: 'in_progress' }),
			expect.objectContaining({ year: 2021, state: 'approved' })
		]);
		const exports = find(approved.body, EXPORTS);
		expect(exports).toMatchObject({ code: 'EXP', baseline: 100, targets: { 2021: 200, 2030: 1000 } });
		expect((exports.values as Row[]).map((v) => [v.period, v.value, v.approved])).toEqual([
			['2021', 180, true]
		]);
		expect((exports.actuals as Row[]).map((a) => [a.year, a.value])).toEqual([[2021, 180]]);
		// 180 of the 200 planned for 2021, from 100: 80 % of the change.
		expect(exports.status).toBe('at_risk');
		expect(exports.progress).toMatchObject({ status: 'at_risk', expected: 200, achieved: 0.8 });
		expect((find(approved.body, VISITS).actuals as Row[]).map((a) => [a.year, a.value])).toEqual([
			[2021, 40]
		]);

		const all = await suite.get(url('?unapproved=1'), await suite.token('member'));
		expect(all.body.includeUnapproved).toBe(true);
		const allExports = find(all.body, EXPORTS);
		expect((allExports.values as Row[]).map((v) => [v.period, v.state, v.approved])).toEqual([
			['2021', 'approved', true],
			['2023', 'in_progress', false]
		]);
		expect((allExports.actuals as Row[]).map((a) => [a.year, a.value, a.approved])).toEqual([
			[2021, 180, true],
			[2023, 260, false]
		]);
		expect(['on_track', 'at_risk', 'off_track']).toContain(allExports.status);
	});

	it('computes the formula indicator per year from its inputs', async () => {
		const all = await suite.get(url('?unapproved=1'), await suite.token('member'));
		const perVisit = find(all.body, PER_VISIT);
		expect(perVisit.values).toEqual([]);
		expect((perVisit.actuals as Row[]).map((a) => [a.year, a.value, a.computed])).toEqual([
			[2021, 4.5, true],
			[2023, 26, true]
		]);
	});

	it('gives every indicator a status, no data before any value', async () => {
		const res = await suite.get(url(), await suite.token('reviewer'));
		for (const entry of res.body.indicators as Row[]) {
			expect(['on_track', 'at_risk', 'off_track', 'no_data', 'no_target']).toContain(entry.status);
			expect(entry).toHaveProperty('lineIds');
			expect(entry).toHaveProperty('objectiveIds');
			expect(entry).toHaveProperty('projectIds');
		}
	});

	it('answers 404 to a user of another cluster and 401 when signed out', async () => {
		expect((await suite.get(url(), await suite.token('outsider'))).status).toBe(404);
		expect((await suite.get(url(), await suite.token('betaCoordinator'))).status).toBe(404);
		expect((await suite.get(url(), null)).status).toBe(401);
	});
});

describe('GET /api/plans/<plan>/monitoring/events', () => {
	const suite = monitoringServer();

	const listen = (token: string | null) => listenTo(suite.server.origin, suite.fixture.planA, token);

	/** The `change` events received so far, parsed. */
	const changes = (text: string) =>
		[...text.matchAll(/event: change\ndata: (.*)\n\n/g)].map((match) => JSON.parse(match[1]!) as Row);

	it('tells an open view that a value was recorded and a year changed state', async () => {
		const stream = await listen(await suite.token('reviewer'));
		try {
			expect(stream.res.status).toBe(200);
			expect(stream.res.headers.get('content-type')).toMatch(/^text\/event-stream/);
			await waitFor(() => stream.text().includes('event: ready'), 'the stream to open');

			const recorded = await suite.value(VISITS, {
				token: await suite.token('coordinator'),
				body: { period: '2027-Q2', value: 12 }
			});
			expect(recorded.status).toBe(201);
			await waitFor(() => changes(stream.text()).some((e) => e.kind === 'values'), 'the values event');
			expect(changes(stream.text())).toContainEqual({ kind: 'values', periods: ['2027-Q2'] });

			expect(
				(await suite.step(2027, { token: await suite.token('coordinator'), body: { step: 'submit' } })).status
			).toBe(200);
			await waitFor(() => changes(stream.text()).some((e) => e.kind === 'period'), 'the period event');
			expect(changes(stream.text())).toContainEqual({ kind: 'period', year: 2027, state: 'submitted' });
		} finally {
			stream.close();
		}
	});

	it('sends nothing for a refused value', async () => {
		const coordinator = await suite.token('coordinator');
		expect(
			(await suite.value(VISITS, { token: coordinator, body: { period: '2029-Q1', value: 1 } })).status
		).toBe(201);
		expect((await suite.step(2029, { token: coordinator, body: { step: 'submit' } })).status).toBe(200);
		const stream = await listen(await suite.token('reviewer'));
		try {
			await waitFor(() => stream.text().includes('event: ready'), 'the stream to open');
			// Refused (2029 is submitted, so locked), then accepted: only the accepted one is announced.
			expect(
				(await suite.value(VISITS, { token: coordinator, body: { period: '2029-Q2', value: 1 } })).status
			).toBe(409);
			expect(
				(await suite.value(VISITS, { token: coordinator, body: { period: '2028-Q1', value: 1 } })).status
			).toBe(201);
			await waitFor(() => changes(stream.text()).length > 0, 'the values event');
			expect(changes(stream.text())).toEqual([{ kind: 'values', periods: ['2028-Q1'] }]);
		} finally {
			stream.close();
		}
	});

	it('refuses the stream to a user of another cluster and when signed out', async () => {
		const outsider = await listen(await suite.token('outsider'));
		const signedOut = await listen(null);
		try {
			expect(outsider.res.status).toBe(404);
			expect(signedOut.res.status).toBe(401);
		} finally {
			outsider.close();
			signedOut.close();
		}
	});
});
