// GET /api/plans/<plan>/indicators on a plan with 12,000 values, against the real server: one answer
// lists a page of values (1,000 unless asked otherwise, 5,000 at most), and following `page.next`
// lists every value that counts exactly once, each page with the figures of all of them.
import { describe, expect, it } from 'vitest';
import { addIndicator, initPlan } from '../../../src/lib/plan';
import { createPlanDocument } from '../../../src/lib/server/plans/document';
import { collabSuite } from '../collab/suite';

const INDICATORS = 10;
const VALUES = 12_000;
// The first value stored, then corrected by value VALUES + 1.
const CORRECTED = 1;

type Value = { id: number; period: string; value: number };
type Entry = { id: string; values: Value[]; actuals: { year: number; value: number }[] };
type Page = { limit: number; after: number; next: number | null; total: number };

describe('GET /api/plans/<plan>/indicators, a page at a time', () => {
	const suite = collabSuite({
		prepare: async ({ db, planA, users }) => {
			await createPlanDocument(db, planA, (doc) => {
				initPlan(doc, { id: planA, title: 'Plan A' });
				for (let i = 0; i < INDICATORS; i++) {
					addIndicator(doc, { id: `m${i}`, code: `M${i}`, name: `Monthly ${i}`, frequency: 'monthly' });
				}
			});
			const row = (i: number, value: number, supersedes: number | null = null) => {
				const month = Math.floor(i / INDICATORS);
				return {
					planId: planA,
					indicatorId: `m${i % INDICATORS}`,
					period: `${1901 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`,
					value,
					supersedes,
					authorId: users.coordinator,
					authorName: 'Cora Coordinator',
					via: 'import',
					createdAt: new Date(Date.UTC(2025, 0, 1))
				};
			};
			await db.transaction(async (tx) => {
				const { indicatorValues } = tx.tables;
				for (let at = 0; at < VALUES; at += 500) {
					await tx.insert(indicatorValues).values(Array.from({ length: 500 }, (_, k) => row(at + k, 1)));
				}
				// The first value, corrected: only the correction counts.
				await tx.insert(indicatorValues).values(row(0, 2, CORRECTED));
			});
		}
	});
	const get = async (query: string) => {
		const token = await suite.fixture.login(suite.fixture.users.member);
		const res = await fetch(`${suite.server.origin}/api/plans/${suite.fixture.planA}/indicators${query}`, {
			headers: { cookie: `session=${token}` }
		});
		const text = await res.text();
		return { status: res.status, bytes: text.length, body: JSON.parse(text) as Record<string, unknown> };
	};
	const listed = (body: Record<string, unknown>) =>
		(body.indicators as Entry[]).flatMap((entry) => entry.values);

	it('lists the first 1,000 values by default, with the figures of all 12,000', async () => {
		const { status, bytes, body } = await get('?unapproved=1');
		expect(status).toBe(200);
		expect(listed(body)).toHaveLength(1000);
		expect(body.page).toMatchObject({ limit: 1000, after: 0, total: VALUES });
		expect((body.page as Page).next).toBe(Math.max(...listed(body).map((value) => value.id)));
		// Every month of 1901 to 2000 of the first indicator counts in its yearly figures.
		const first = (body.indicators as Entry[])[0]!;
		expect(first.actuals).toHaveLength(100);
		expect(first.actuals[0]).toMatchObject({ year: 1901, value: 13 });
		expect(bytes).toBeLessThan(512 * 1024);
	});

	it('lists every value that counts exactly once across the pages, the corrected one never', async () => {
		const seen = new Map<number, Value>();
		let after = 0;
		let pages = 0;
		for (;;) {
			const { status, bytes, body } = await get(`?unapproved=1&limit=5000&after=${after}`);
			expect(status).toBe(200);
			expect(bytes).toBeLessThan(2 * 1024 * 1024);
			pages++;
			for (const value of listed(body)) {
				expect(seen.has(value.id)).toBe(false);
				seen.set(value.id, value);
			}
			const { next } = body.page as Page;
			if (next === null) break;
			after = next;
		}
		expect(pages).toBe(3);
		expect(seen.size).toBe(VALUES);
		expect(seen.has(CORRECTED)).toBe(false);
		expect(seen.get(VALUES + 1)).toMatchObject({ period: '1901-01', value: 2 });
	});

	it('refuses a page size that is not a whole number from 1 to 5,000, naming the parameter', async () => {
		for (const query of ['?limit=0', '?limit=5001', '?limit=ten', '?after=-1']) {
			const { status, body } = await get(query);
			expect(status).toBe(400);
			expect(body).toMatchObject({ code: 'invalid_value', field: query.slice(1, query.indexOf('=')) });
		}
	});
});
