// A database holding plans the server cannot open (one stored by newer code in layout 99, one with a
// damaged update row) still starts: those plans are reported and kept closed, every other plan serves.
import { describe, expect, it } from 'vitest';
import { addLine, initPlan } from '../../../src/lib/plan';
import { createPlanDocument, documentStore } from '../../../src/lib/server/plans/document';
import { health, setStage, stageTitle, storedDocument, synced, tryUpgrade, waitFor } from './harness';
import { collabSuite } from './suite';

describe('a database with plans the server cannot open', () => {
	const suite = collabSuite({
		prepare: async ({ db }) => {
			await db.insert(db.tables.plans).values([
				{ id: 'alpha-newer', clusterId: 'alpha', titleEn: 'From newer code' },
				{ id: 'alpha-damaged', clusterId: 'alpha', titleEn: 'Damaged' }
			]);
			await createPlanDocument(db, 'alpha-newer', (doc) => {
				initPlan(doc, { id: 'alpha-newer', title: 'From newer code' });
				addLine(doc, { id: 'l1', title: 'Markets' });
				doc.getMap('meta').set('schemaVersion', 99);
			});
			// A log row no Yjs can read, appended as any row is (the store does not look inside).
			await documentStore(db).append([
				{ planId: 'alpha-damaged', update: Uint8Array.from([0xff, 0x00, 0x13, 0x37, 0x42]) }
			]);
		}
	});

	it('starts, reports them in /api/health and serves every other plan', async () => {
		const report = await health(suite.server, await suite.fixture.login(suite.fixture.users.admin));
		expect(report.status).toBe(200);
		const closed = report.body?.closedPlans as { planId: string; reason: string }[];
		expect(closed.map((plan) => plan.planId).sort()).toEqual(['alpha-damaged', 'alpha-newer']);
		expect(closed.find((plan) => plan.planId === 'alpha-newer')?.reason).toMatch(/99/);
		expect(suite.server.output()).toMatch(/plan alpha-newer is closed/);

		const client = await suite.connect(suite.fixture.users.member);
		await synced(client);
		setStage(client.doc, 'open', 'Still open');
		await waitFor(
			async () =>
				stageTitle(await storedDocument(suite.fixture.db, suite.fixture.planA), 'open') !== undefined,
			'the edit'
		);
	});

	it('keeps them closed on every door of the live server, 503', async () => {
		const member = await suite.fixture.login(suite.fixture.users.member);
		for (const planId of ['alpha-newer', 'alpha-damaged']) {
			expect(await tryUpgrade(suite.server, planId, member)).toBe(503);
			const res = await fetch(`${suite.server.origin}/api/plans/${planId}/comments`, {
				method: 'POST',
				headers: {
					origin: suite.server.origin,
					cookie: `session=${member}`,
					'content-type': 'application/json'
				},
				body: JSON.stringify({ anchorId: planId, text: 'Hello' })
			});
			expect({ status: res.status, body: await res.json() }).toEqual({
				status: 503,
				body: { error: 'plan_unavailable', code: 'plan_unavailable' }
			});
		}
		// Nothing was written to them: the newer plan is as newer code left it.
		const newer = await storedDocument(suite.fixture.db, 'alpha-newer');
		expect(newer.getMap('meta').get('schemaVersion')).toBe(99);
	});

	it('lets readers read what can be read: the JSON API answers for both', async () => {
		const member = await suite.fixture.login(suite.fixture.users.member);
		for (const planId of ['alpha-newer', 'alpha-damaged']) {
			const res = await fetch(`${suite.server.origin}/api/plans/${planId}`, {
				headers: { cookie: `session=${member}` }
			});
			expect(res.status).toBe(200);
		}
	});
});
