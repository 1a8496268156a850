// PostgreSQL away while people edit on two instances (the instances reach it through a relay the
// test cuts, see outage.ts; the servers, PostgreSQL, Redis and clients are all real): /healthz says
// 503, a write is refused (its writer's socket closed, nothing reaches a peer, nothing is forked),
// the browser keeps it, and once the database is back it is stored and reaches everyone.
import { describe, expect, it } from 'vitest';
import {
	connectClient,
	createFixture,
	mapState,
	setStage,
	stageTitle,
	storedDocument,
	synced,
	waitFor,
	type RunningServer
} from '../integration/collab/harness';
import { severalInstances } from './instances';
import { databaseOutage, type Outage } from './outage';

describe('PostgreSQL away for a while', () => {
	let outage: Outage | undefined;
	const several = severalInstances(2, async () => {
		const fixture = await createFixture('postgres');
		const url = fixture.env.DATABASE_URL!;
		const relay = (outage = await databaseOutage(url));
		return {
			...fixture,
			env: { ...fixture.env, DATABASE_URL: relay.relayed(url) },
			async dispose() {
				await relay.close();
				await fixture.dispose();
			}
		};
	});
	const servers = several.servers;
	const health = async (server: RunningServer) => (await fetch(`${server.origin}/healthz`)).status;

	it('refuses writes while it is away, and stores them and brings them to everyone when it is back', async () => {
		const { fixture } = several;
		const writer = several.keep(
			connectClient(servers[0]!, fixture.planA, await fixture.login(fixture.users.member))
		);
		const reader = several.keep(
			connectClient(servers[1]!, fixture.planA, await fixture.login(fixture.users.member2))
		);
		await Promise.all([synced(writer), synced(reader)]);
		setStage(writer.doc, 'before', 'Stored before');
		await waitFor(() => stageTitle(reader.doc, 'before') === 'Stored before', 'the first edit');
		expect(await health(servers[0]!)).toBe(200);

		const closes: string[] = [];
		writer.provider.on('connection-close', (event) => {
			if (event) closes.push(`${event.code} ${event.reason}`);
		});
		outage!.cut();
		await waitFor(async () => (await health(servers[0]!)) === 503, '/healthz to say 503');
		setStage(writer.doc, 'during', 'Written while the database was away');
		await waitFor(() => closes.length > 0, 'the writer to be told');
		expect(closes[0]).toMatch(/^1013 /);
		// Not stored, so not passed on: the reader never holds what the log may not.
		expect(stageTitle(reader.doc, 'during')).toBeUndefined();
		expect(stageTitle(writer.doc, 'during')).toBe('Written while the database was away');

		outage!.mend();
		await waitFor(async () => (await health(servers[0]!)) === 200, '/healthz to say 200 again');
		await waitFor(
			() => stageTitle(reader.doc, 'during') === 'Written while the database was away',
			'the kept edit to reach the reader',
			30_000
		);
		const stored = await storedDocument(fixture.db, fixture.planA);
		expect(stageTitle(stored, 'during')).toBe('Written while the database was away');
		await waitFor(() => mapState(writer.doc) === mapState(reader.doc), 'the two to converge');
		expect(mapState(stored)).toBe(mapState(reader.doc));
	});
});
