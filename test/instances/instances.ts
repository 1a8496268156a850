// Several real instances for a test file: a fixture on PostgreSQL, a redis-server of the file's own,
// `count` server processes on both, and the clients the tests open; all stopped after the file.
import { afterAll, beforeAll } from 'vitest';
import { startServer, type Client, type RunningServer } from '../integration/collab/harness';
import { testRedis, type TestRedis } from './redis';

type Fixture = { env: Record<string, string>; dispose(): Promise<void> };

export function severalInstances<F extends Fixture>(count: number, makeFixture: () => Promise<F>) {
	let fixture: F | undefined;
	let redis: TestRedis | undefined;
	const servers: RunningServer[] = [];
	const clients: Client[] = [];
	const ready = <T>(value: T | undefined): T => {
		if (value === undefined) throw new Error('the instances are not set up yet');
		return value;
	};
	const start = async () => {
		const server = await startServer(ready(fixture).env, { REDIS_URL: ready(redis).url });
		servers.push(server);
		return server;
	};

	beforeAll(async () => {
		fixture = await makeFixture();
		redis = await testRedis();
		// One at a time: each migrates (under PostgreSQL's advisory lock) and checks the plans.
		for (let i = 0; i < count; i++) await start();
	});

	afterAll(async () => {
		for (const client of clients) client.destroy();
		await Promise.all(servers.map((server) => server.stop()));
		await redis?.stop();
		await fixture?.dispose();
	});

	return {
		get fixture() {
			return ready(fixture);
		},
		get redis() {
			return ready(redis);
		},
		/** The instances started for the file (and any `another` added), in order. */
		servers,
		/** One more instance on the same database and Redis, stopped with the others. */
		another: start,
		/** Closes `client` after the file. */
		keep<C extends Client>(client: C): C {
			clients.push(client);
			return client;
		}
	};
}
