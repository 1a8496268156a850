// A monitoring view open on one instance hears of a value recorded through another, over the real
// servers and a redis-server of the test's own: the event stream every open view reads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, waitFor, type RunningServer } from '../integration/collab/harness';
import { monitoringFixture, VISITS, type MonitoringFixture } from '../integration/monitoring/fixture';
import { testRedis, type TestRedis } from './redis';

describe('live monitoring on several instances', () => {
	let fixture: MonitoringFixture;
	let redis: TestRedis;
	const servers: RunningServer[] = [];

	beforeAll(async () => {
		fixture = await monitoringFixture('postgres');
		redis = await testRedis();
		for (let i = 0; i < 2; i++) servers.push(await startServer(fixture.env, { REDIS_URL: redis.url }));
	});

	afterAll(async () => {
		await Promise.all(servers.map((server) => server.stop()));
		await redis?.stop();
		await fixture?.dispose();
	});

	it('tells a view open on one instance of a value recorded through another', async () => {
		const [watched, recording] = servers as [RunningServer, RunningServer];
		const abort = new AbortController();
		const reviewer = await fixture.login(fixture.users.reviewer);
		const res = await fetch(`${watched.origin}/api/plans/${fixture.planA}/monitoring/events`, {
			headers: { cookie: `session=${reviewer}` },
			signal: abort.signal
		});
		let received = '';
		const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
		void (async () => {
			try {
				for (;;) {
					const { value, done } = await reader.read();
					if (done) break;
					received += value;
				}
			} catch {
				// Aborted when the test ends.
			}
		})();
		try {
			await waitFor(() => received.includes('event: ready'), 'the stream to open');
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
			await waitFor(() => received.includes('event: change'), 'the change to reach the other instance');
			expect(received).toContain('data: {"kind":"values","periods":["2027-Q2"]}');
		} finally {
			abort.abort();
		}
	});
});
