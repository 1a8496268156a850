// A bell open on one instance rings when something is told through another: the notification is
// written to PostgreSQL by the instance that took the step, and the ring crosses over Redis.
import { describe, expect, it } from 'vitest';
import { waitFor, type RunningServer } from '../integration/collab/harness';
import { monitoringFixture, VISITS } from '../integration/monitoring/fixture';
import { listenTo } from '../integration/monitoring/event-stream';
import { severalInstances } from './instances';

/** The signed-in person's bell stream, as the page's bell reads it. */
const bell = (origin: string, token: string) => listenTo(`${origin}/api/notifications/events`, token);

describe('the bell on several instances', () => {
	const several = severalInstances(2, () => monitoringFixture('postgres'));

	it('rings on one instance for a year submitted through another', async () => {
		const [listening, acting] = several.servers as [RunningServer, RunningServer];
		const { fixture } = several;
		const stream = await bell(listening.origin, await fixture.login(fixture.users.reviewer));
		try {
			expect(stream.res.status).toBe(200);
			await waitFor(() => stream.text().includes('event: ready'), 'the bell to open');
			const coordinator = await fixture.login(fixture.users.coordinator);
			const headers = {
				cookie: `session=${coordinator}`,
				origin: acting.origin,
				'content-type': 'application/json'
			};
			const recorded = await fetch(
				`${acting.origin}/api/plans/${fixture.planA}/indicators/${VISITS}/values`,
				{
					method: 'POST',
					headers,
					body: JSON.stringify({ period: '2027-Q2', value: 12 })
				}
			);
			expect(recorded.status).toBe(201);
			const submitted = await fetch(`${acting.origin}/api/plans/${fixture.planA}/periods/2027`, {
				method: 'POST',
				headers,
				body: JSON.stringify({ step: 'submit' })
			});
			expect(submitted.status).toBe(200);
			await waitFor(() => stream.text().includes('event: ring'), 'the ring to reach the other instance');
			const listed = await fetch(`${listening.origin}/api/notifications?unread=1`, {
				headers: { cookie: `session=${await fixture.login(fixture.users.reviewer)}` }
			});
			const body = (await listed.json()) as { notifications: { kind: string }[] };
			expect(body.notifications.map((entry) => entry.kind)).toContain('year_submitted');
		} finally {
			stream.close();
		}
	});
});
