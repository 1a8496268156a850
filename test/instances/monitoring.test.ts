// A monitoring view open on one instance hears of a value recorded through another, over the real
// servers and a redis-server of the test's own: the event stream every open view reads.
import { describe, expect, it } from 'vitest';
import { waitFor, type RunningServer } from '../integration/collab/harness';
import { monitoringFixture, VISITS } from '../integration/monitoring/fixture';
import { listen } from '../integration/monitoring/event-stream';
import { severalInstances } from './instances';

describe('live monitoring on several instances', () => {
	const several = severalInstances(2, () => monitoringFixture('postgres'));

	it('tells a view open on one instance of a value recorded through another', async () => {
		const [watched, recording] = several.servers as [RunningServer, RunningServer];
		const { fixture } = several;
		const stream = await listen(watched.origin, fixture.planA, await fixture.login(fixture.users.reviewer));
		try {
			await waitFor(() => stream.text().includes('event: ready'), 'the stream to open');
			const coordinator = await fixture.login(fixture.users.coordinator);
			const recorded = await fetch(
				`${recording.origin}/api/plans/${fixture.planA}/indicators/${VISITS}/values`,
				{
					method: 'POST',
					headers: {
						cookie: `session=${coordinator}`,
						origin: recording.origin,
						'content-type': 'application/json'
					},
					body: JSON.stringify({ period: '2027-Q2', value: 12 })
				}
			);
			expect(recorded.status).toBe(201);
			await waitFor(() => stream.text().includes('event: change'), 'the change to reach the other instance');
			expect(stream.text()).toContain('data: {"kind":"values","periods":["2027-Q2"]}');
		} finally {
			stream.close();
		}
	});
});
