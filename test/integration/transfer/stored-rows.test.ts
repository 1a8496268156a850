// Rows stored before the import checked every field (written here straight into the database, as an
// old import or a hand edit would have) cannot take a page down: the monitoring pages, a version's
// diff, print and export and the cluster's own export read around them, and the server logs what it
// left out.
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { keepDailyVersions } from '../../../src/lib/server/versions/daily';
import { FLOUR, transferServer } from './fixture';

const plan = `/c/${FLOUR}/p/${FLOUR}`;

describe('pages over rows stored before the import checked them', () => {
	const s = transferServer();

	beforeAll(async () => {
		const { indicatorValues, periodSteps, planVersions, versionSteps } = s.db.tables;
		const at = new Date(Date.UTC(2024, 0, 15));
		const row = { planId: FLOUR, userId: null, userName: 'An old import', comment: '', at };
		await s.db.insert(indicatorValues).values({
			planId: FLOUR,
			indicatorId: 'i-1',
			period: 'Q9-xyz',
			value: 5,
			note: '',
			evidence: '',
			supersedes: null,
			authorId: null,
			authorName: 'An old import',
			via: 'import',
			createdAt: at
		});
		await s.db.insert(periodSteps).values([
			{ ...row, year: 2023, step: 'record', state: 'lost' },
			{ ...row, year: 2024, step: 'leap', state: 'in_progress' }
		]);
		for (const version of await s.db.select().from(planVersions).where(eq(planVersions.planId, FLOUR))) {
			await s.db
				.update(planVersions)
				.set({ data: { projects: 'junk' } })
				.where(eq(planVersions.id, version.id));
			await s.db
				.insert(versionSteps)
				.values({ versionId: version.id, step: 'shred', state: 'shredded', comment: '', userName: 'x', at });
		}
	});

	it('answers the programme view and the plan’s monitoring page for a reviewer, logging the value left out', async () => {
		for (const path of ['/monitoring', `${plan}/monitoring`, `/api/plans/${FLOUR}/indicators`]) {
			const answer = await s.get(path, 'demo-reviewer');
			expect(answer.status, `${path}: ${answer.text.slice(0, 200)}`).toBe(200);
		}
		const api = (await s.get(`/api/plans/${FLOUR}/indicators?unapproved=1`, 'demo-reviewer')).text;
		expect(api).not.toContain('Q9-xyz');
		expect(s.output()).toMatch(/indicators: plan flour-kostanay has values that cannot be read, skipped/);
		expect(s.output()).toMatch(
			/indicators: plan flour-kostanay has reporting-year steps that cannot be read/
		);
	});

	it('answers a version’s list, diff, print and export, reading its data from its state, and its review goes on', async () => {
		for (const path of [
			`${plan}/versions`,
			`${plan}/versions/2/diff/1`,
			`${plan}/versions/1/diff/live`,
			`${plan}/versions/1/print`,
			`/api/plans/${FLOUR}/versions/1/diff/2`,
			`/api/plans/${FLOUR}/versions/1/export?format=xlsx`
		]) {
			const answer = await s.get(path, 'demo-admin');
			expect(answer.status, `${path}: ${answer.text.slice(0, 200)}`).toBe(200);
		}
		const version = (await s.get(`/api/plans/${FLOUR}/versions/1`, 'demo-admin')).json();
		// The state's plan, not the junk, and the review history without the step nobody can take.
		expect(version.data).toMatchObject({ id: FLOUR, projects: expect.any(Array) });
		expect((version.data as { projects: unknown[] }).projects.length).toBeGreaterThan(0);
		expect(version.status).toBe('changes_requested');
		expect(s.output()).toMatch(
			/versions: the stored data of version 1 of plan flour-kostanay cannot be read/
		);
		// Its review goes on from the last step anyone could take.
		const submitted = await fetch(`${s.origin}/api/plans/${FLOUR}/versions/1/submit`, {
			method: 'POST',
			headers: {
				cookie: `session=${await s.token('demo-facilitator')}`,
				origin: s.origin,
				'content-type': 'application/json'
			},
			body: '{}'
		});
		expect(submitted.status, await submitted.clone().text()).toBe(200);
		expect(await submitted.json()).toMatchObject({ status: 'submitted' });
	});

	it('exports the cluster without the rows no page reads, so the file imports again', async () => {
		const exported = await s.get(`/api/clusters/${FLOUR}/export`, 'demo-admin');
		expect(exported.status).toBe(200);
		expect(exported.text).not.toContain('Q9-xyz');
		const res = await s.importFile('demo-admin', exported.text, { id: 'flour-cleaned' });
		expect(res.status, res.text).toBe(201);
	});

	it('keeps the daily version by comparing with the latest version’s state, not its junk data', async () => {
		// The live plan has not changed since v2 was saved: read from v2's state, it needs no daily version.
		expect(await keepDailyVersions(s.db, Date.UTC(2030, 0, 1))).not.toContain(FLOUR);
	});
});
