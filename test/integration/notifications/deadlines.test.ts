// The reporting calendar against the real server on the demo data, with the server's clock in the
// test's hands: the default day, a facilitator moving it (and nobody else), and the reminders at
// 14 days before and once the day has passed, each heard once by exactly those who report.
import { describe, expect, it } from 'vitest';
import { and, eq, like } from 'drizzle-orm';
import { demoServer, type DemoUser } from '../versions/demo-server';

const PLAN = 'flour-kostanay';
const path = `/api/plans/${PLAN}/deadlines`;

type Deadline = { year: number; dueOn: string; default: boolean; state: string; doneAt?: string };

describe('a plan’s reporting calendar', () => {
	// Almaty's 1 February 2024: the flour cluster's 2022 report is in (the demo submitted it), its
	// 2023 report is due on 20 February.
	const suite = demoServer({ clock: '2024-02-01T08:00:00Z' });

	const deadlines = async (user: DemoUser = 'demo-facilitator') => {
		const res = await suite.get(path, await suite.token(user));
		expect(res.status).toBe(200);
		return res.body.deadlines as Deadline[];
	};
	const yearOf = (list: Deadline[], year: number) => list.find((d) => d.year === year);

	/** Who holds an entry with this key, by username. */
	async function toldOf(key: string): Promise<string[]> {
		const { notifications, users } = suite.db.tables;
		const rows = await suite.db
			.select({ username: users.username })
			.from(notifications)
			.innerJoin(users, eq(users.id, notifications.userId))
			.where(eq(notifications.key, key));
		return rows.map((row) => row.username).toSorted();
	}

	it('puts each year’s report on 20 February of the next by default, and marks a submitted year done', async () => {
		const list = await deadlines('demo-member');
		expect(yearOf(list, 2023)).toEqual({ year: 2023, dueOn: '2024-02-20', default: true, state: 'later' });
		expect(yearOf(list, 2024)).toMatchObject({ dueOn: '2025-02-20', state: 'later' });
		expect(yearOf(list, 2022)).toMatchObject({
			dueOn: '2023-02-20',
			state: 'done',
			doneAt: expect.any(String)
		});
		// Years run oldest first, up to this one.
		expect(list.map((d) => d.year)).toEqual(list.map((d) => d.year).toSorted((a, b) => a - b));
		expect(list.at(-1)?.year).toBe(2024);
		// The demo reported every year from its first: nothing before it is overdue.
		expect(list.filter((d) => d.year < 2023).map((d) => d.state)).toEqual(
			list.filter((d) => d.year < 2023).map(() => 'done')
		);
		expect(list[0]?.year).toBe(2019);
	});

	it('lets a facilitator move a year’s day and put the default back, in the audit log', async () => {
		const token = await suite.token('demo-facilitator');
		const moved = await suite.send('PUT', path, token, { year: 2023, dueOn: '2024-03-01' });
		expect(moved.status).toBe(200);
		expect(yearOf(moved.body.deadlines as Deadline[], 2023)).toEqual({
			year: 2023,
			dueOn: '2024-03-01',
			default: false,
			state: 'later'
		});
		expect(yearOf(await deadlines('demo-coordinator'), 2023)?.dueOn).toBe('2024-03-01');
		const back = await suite.send('PUT', path, token, { year: 2023, dueOn: null });
		expect(back.status).toBe(200);
		expect(yearOf(back.body.deadlines as Deadline[], 2023)).toMatchObject({
			dueOn: '2024-02-20',
			default: true
		});
		expect((await suite.audit(`${PLAN}/2023`)).map((row) => row.action)).toEqual([
			'deadline.set',
			'deadline.set'
		]);
	});

	it('refuses a member and a coordinator 403, a day that is no day at dueOn, a year outside the plan at year', async () => {
		for (const user of ['demo-member', 'demo-coordinator'] as const) {
			const res = await suite.send('PUT', path, await suite.token(user), { year: 2023, dueOn: '2024-03-01' });
			expect(res.status).toBe(403);
			expect(res.body.code).toBe('forbidden');
		}
		const token = await suite.token('demo-facilitator');
		for (const dueOn of ['2024-02-30', '01.03.2024', 20240301, '']) {
			const res = await suite.send('PUT', path, token, { year: 2023, dueOn });
			expect(res.status).toBe(400);
			expect(res.body).toMatchObject({ code: 'invalid_date', field: 'dueOn' });
		}
		const outside = await suite.send('PUT', path, token, { year: 2090, dueOn: '2091-02-20' });
		expect(outside.status).toBe(400);
		expect(outside.body).toMatchObject({ code: 'invalid_period', field: 'year' });
		const stranger = await suite.get(path, await suite.token('demo-applicant'));
		expect(stranger.status).toBe(404);
		expect(yearOf(await deadlines(), 2023)?.dueOn).toBe('2024-02-20');
	});

	it('reminds the cluster’s coordinators and facilitators 14 days before, once, and nobody else', async () => {
		const key = `deadline_soon:${PLAN}:2023:14`;
		expect(await toldOf(key)).toEqual([]);
		suite.setClock('2024-02-06T08:00:00Z');
		expect(yearOf(await deadlines('demo-member'), 2023)?.state).toBe('soon');
		expect(await toldOf(key)).toEqual(['demo-coordinator', 'demo-facilitator']);
		await deadlines();
		expect(await toldOf(key)).toEqual(['demo-coordinator', 'demo-facilitator']);
		const { notifications } = suite.db.tables;
		const [entry] = await suite.db
			.select()
			.from(notifications)
			.where(
				and(eq(notifications.key, key), eq(notifications.userId, await suite.userId('demo-coordinator')))
			);
		expect(entry).toMatchObject({
			kind: 'deadline_soon',
			clusterId: PLAN,
			planId: PLAN,
			link: `/c/${PLAN}/p/${PLAN}/monitoring#year-2023`
		});
		expect(entry?.detail).toMatchObject({ year: 2023, dueOn: '2024-02-20', plan: expect.any(Object) });
		// Neither the member who may not submit a year nor KIDI hears of it.
		for (const user of ['demo-member', 'demo-reviewer', 'demo-admin'] as const) {
			const mine = await suite.db
				.select()
				.from(notifications)
				.where(
					and(eq(notifications.userId, await suite.userId(user)), like(notifications.key, 'deadline_%'))
				);
			expect(mine).toEqual([]);
		}
	});

	it('tells them once that the day has passed, and marks the year overdue', async () => {
		const key = `deadline_passed:${PLAN}:2023`;
		suite.setClock('2024-02-20T12:00:00Z');
		expect(yearOf(await deadlines(), 2023)?.state).toBe('due_today');
		expect(await toldOf(key)).toEqual([]);
		suite.setClock('2024-02-21T08:00:00Z');
		expect(yearOf(await deadlines(), 2023)?.state).toBe('overdue');
		await deadlines('demo-reviewer');
		expect(await toldOf(key)).toEqual(['demo-coordinator', 'demo-facilitator']);
	});
});
