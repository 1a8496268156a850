// The programme view /monitoring against the real server: who may open it, and that it shows every
// cluster with the figures recorded and the year submitted through the JSON API.
import { beforeAll, describe, expect, it } from 'vitest';
import { addIndicator, initPlan } from '../../../src/lib/plan';
import { createPlanDocument } from '../../../src/lib/server/plans/document';
import { createUser } from '../../../src/lib/server/users';
import { collabSuite } from '../collab/suite';

describe('the programme view', () => {
	const suite = collabSuite({
		prepare: ({ db, planA }) =>
			createPlanDocument(db, planA, (doc) => {
				initPlan(doc, { id: planA, title: 'Plan A' });
				addIndicator(doc, {
					id: 'exp',
					code: 'EXP',
					name: 'Exports of flour',
					baseline: 100,
					baselineYear: 2019,
					targets: { '2021': 200 },
					cumulative: true
				});
			})
	});
	let kidi = '';

	beforeAll(async () => {
		// A reviewer across all clusters (KIDI); the fixture's reviewer is one only in cluster alpha.
		kidi = await createUser(suite.fixture.db, {
			username: 'kidi',
			displayName: 'Kamila KIDI',
			password: 'a long enough password',
			globalRole: 'reviewer'
		});
	});

	// Links are relative to the page (SvelteKit's default): "./monitoring" from the home page.
	const programmeLink = /href="(\.)?\/monitoring"/;
	const tokenOf = (user: string) => suite.fixture.login(user);

	async function page(path: string, token: string | null) {
		const res = await fetch(`${suite.server.origin}${path}`, {
			headers: token ? { cookie: `session=${token}` } : {},
			redirect: 'manual'
		});
		return { status: res.status, location: res.headers.get('location'), html: await res.text() };
	}

	async function post(path: string, token: string, body: unknown) {
		const res = await fetch(`${suite.server.origin}/api/plans/${suite.fixture.planA}${path}`, {
			method: 'POST',
			headers: {
				cookie: `session=${token}`,
				origin: suite.server.origin,
				'content-type': 'application/json'
			},
			body: JSON.stringify(body)
		});
		expect(res.status, await res.clone().text()).toBeLessThan(300);
	}

	it('shows a global reviewer every cluster, its indicators on track and the year waiting for review', async () => {
		const coordinator = await tokenOf(suite.fixture.users.coordinator);
		await post('/indicators/exp/values', coordinator, { period: '2020', value: 150, note: '' });
		await post('/periods/2020', coordinator, { step: 'submit' });
		await post('/periods/2020', await tokenOf(kidi), { step: 'approve' });
		await post('/indicators/exp/values', coordinator, { period: '2021', value: 160, note: '' });
		await post('/periods/2021', coordinator, { step: 'submit' });

		const { status, html } = await page('/monitoring', await tokenOf(kidi));
		expect(status).toBe(200);
		expect(html).toContain('<title>Programme monitoring · Clusterplan</title>');
		const alpha = html.slice(html.indexOf('data-testid="programme-row-alpha"'));
		const beta = html.slice(html.indexOf('data-testid="programme-row-beta"'));
		expect(alpha).toContain('Plan A');
		expect(beta).toContain('Plan B');
		// 2020 is approved and on the path; 2021 is submitted and not counted yet.
		expect(alpha).toMatch(/1 of 1 on track/);
		expect(alpha).toMatch(/2021: Submitted/);
		expect(beta).toMatch(/No indicators defined/);
		expect(beta).toMatch(/No values recorded yet/);
		const waiting = html.slice(html.indexOf('data-testid="programme-waiting"'));
		expect(waiting).toContain('Cora Coordinator');
		expect(waiting).toContain(`/c/alpha/p/${suite.fixture.planA}/monitoring"`);
		// The link says which cluster's plan it opens to screen readers, out of the table's context too.
		expect(waiting.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ')).toContain('Review 2021 (Alpha, Plan A)');
	});

	it('opens for an admin and links to it from the header', async () => {
		const admin = await tokenOf(suite.fixture.users.admin);
		const { status, html } = await page('/monitoring', admin);
		expect(status).toBe(200);
		expect(html).toContain('data-testid="programme-row-alpha"');
		expect(html).toContain('data-testid="programme-row-beta"');
		expect((await page('/', admin)).html).toMatch(programmeLink);
	});

	it('refuses members, coordinators and a reviewer of one cluster with 403, and hides the link', async () => {
		const { member, coordinator, reviewer } = suite.fixture.users;
		for (const user of [member, coordinator, reviewer]) {
			const token = await tokenOf(user);
			expect((await page('/monitoring', token)).status).toBe(403);
			const home = await page('/', token);
			expect(home.html).toContain('Clusterplan');
			expect(home.html).not.toMatch(programmeLink);
		}
	});

	it('sends a signed-out visitor to the login page', async () => {
		const { status, location } = await page('/monitoring', null);
		expect(status).toBe(303);
		expect(location).toBe('/login?redirectTo=%2Fmonitoring');
	});
});
