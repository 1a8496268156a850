// Several instances on one PostgreSQL with news over Redis, all real: three server processes, a
// redis-server of the test's own and stock y-websocket clients. Editors on different instances
// converge; an instance killed mid-stream loses nothing any peer received, and its editor's unsent
// edits arrive once it reconnects elsewhere; Redis going away and coming back loses nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import {
	connectClient,
	createFixture,
	mapState,
	setStage,
	socketClass,
	storedDocument,
	synced,
	waitFor,
	type RunningServer
} from '../integration/collab/harness';
import { severalInstances } from './instances';

const stageIds = (doc: Y.Doc) => [...doc.getMap('stages').keys()].sort();

describe('several instances', () => {
	const several = severalInstances(3, () => createFixture('postgres'));
	const servers = several.servers;
	let token = '';
	const client = (server: RunningServer, planId = several.fixture.planA) =>
		several.keep(connectClient(server, planId, token));

	beforeAll(async () => {
		token = await several.fixture.login(several.fixture.users.member);
	});

	it('brings edits made on three instances to every editor and into the database', async () => {
		const [a, b, c] = servers.map((server) => client(server));
		await Promise.all([a, b, c].map((made) => synced(made!)));
		setStage(a!.doc, 'from-a', 'Grain');
		setStage(b!.doc, 'from-b', 'Mill');
		setStage(c!.doc, 'from-c', 'Bakery');
		setStage(c!.doc, 'from-a', 'Grain elevator');
		const all = () => [a, b, c].map((made) => mapState(made!.doc));
		await waitFor(
			() => new Set(all()).size === 1 && stageIds(a!.doc).length >= 3,
			'three instances to agree'
		);
		expect(stageIds(b!.doc)).toEqual(expect.arrayContaining(['from-a', 'from-b', 'from-c']));
		await waitFor(
			async () =>
				mapState(await storedDocument(several.fixture.db, several.fixture.planA)) === mapState(a!.doc),
			'the database to hold what the editors see'
		);
	});

	it('loses nothing a peer received when an instance is killed mid-stream, and takes the rest after a reconnect elsewhere', async () => {
		const doomed = await several.another();
		const survivor = servers[1]!;
		const writer = connectClient(
			doomed,
			several.fixture.planB,
			await several.fixture.login(several.fixture.users.outsider)
		);
		const reader = several.keep(
			connectClient(
				survivor,
				several.fixture.planB,
				await several.fixture.login(several.fixture.users.outsider)
			)
		);
		await Promise.all([synced(writer), synced(reader)]);

		const written: string[] = [];
		for (let i = 0; i < 40; i++) {
			const id = `stream-${i}`;
			setStage(writer.doc, id, `Stage ${i}`);
			written.push(id);
			if (i === 10) await waitFor(() => reader.doc.getMap('stages').has('stream-5'), 'the reader to hear');
			if (i === 25) await doomed.kill();
		}
		// What any peer received while the instance lived.
		const seen = stageIds(reader.doc).filter((id) => id.startsWith('stream-'));
		expect(seen.length).toBeGreaterThan(5);
		const stored = stageIds(await storedDocument(several.fixture.db, several.fixture.planB));
		expect(stored).toEqual(expect.arrayContaining(seen));

		// The browser behind a load balancer lands on another instance, with its unsent edits.
		writer.provider.destroy();
		const moved = new WebsocketProvider(survivor.wsUrl, several.fixture.planB, writer.doc, {
			WebSocketPolyfill: socketClass(
				await several.fixture.login(several.fixture.users.outsider),
				survivor.origin
			) as unknown as typeof WebSocket,
			disableBc: true,
			maxBackoffTime: 500
		});
		several.keep({ doc: writer.doc, provider: moved, destroy: () => moved.destroy() });
		await waitFor(
			() => written.every((id) => reader.doc.getMap('stages').has(id)),
			'every edit to reach the reader'
		);
		await waitFor(async () => {
			const ids = stageIds(await storedDocument(several.fixture.db, several.fixture.planB));
			return written.every((id) => ids.includes(id));
		}, 'every edit to be stored');
	});

	it('keeps serving while Redis is away, and converges once it is back', async () => {
		const [a, b] = [client(servers[0]!), client(servers[2]!)];
		await Promise.all([synced(a), synced(b)]);
		await several.redis.stop();
		setStage(a.doc, 'while-away-a', 'Written on instance 1 without Redis');
		setStage(b.doc, 'while-away-b', 'Written on instance 3 without Redis');
		// Each instance still stores its own editors' edits.
		await waitFor(async () => {
			const ids = stageIds(await storedDocument(several.fixture.db, several.fixture.planA));
			return ids.includes('while-away-a') && ids.includes('while-away-b');
		}, 'both edits to be stored');
		// Nothing new is written after: the instances read what they missed because the connection
		// came back, not because a later edit showed them a gap.
		await several.redis.start();
		await waitFor(
			() => mapState(a.doc) === mapState(b.doc) && b.doc.getMap('stages').has('while-away-a'),
			'both instances to converge'
		);
		expect(a.doc.getMap('stages').has('while-away-b')).toBe(true);
	});
});
