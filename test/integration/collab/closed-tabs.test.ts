// A tab closed, a network dropped, a reload: a socket whose other end goes away is how connections
// ordinarily end, and the server logs none of it as an error, while it keeps serving.
import { connect as tcp } from 'node:net';
import { describe, expect, it } from 'vitest';
import { setStage, stageTitle, synced, waitFor } from './harness';
import { collabSuite } from './suite';

type Resettable = { resetAndDestroy(): void };

describe('sockets closed by their other end', () => {
	const suite = collabSuite();

	it('are not logged as errors, mid-handshake or open, and the plan goes on serving', async () => {
		// Reset during the handshake: the request is cut off before the upgrade is answered.
		await new Promise<void>((resolve) => {
			const raw = tcp(suite.server.port, '127.0.0.1', () => {
				raw.write(`GET /collab/${suite.fixture.planA} HTTP/1.1\r\nHost: 127.0.0.1\r\n`);
				(raw as unknown as Resettable).resetAndDestroy();
				resolve();
			});
		});
		// Reset once open: five tabs whose connections die without a close frame.
		const tabs = await Promise.all(
			Array.from({ length: 5 }, () => suite.connect(suite.fixture.users.member))
		);
		await Promise.all(tabs.map(synced));
		for (const tab of tabs) {
			const socket = (tab.provider.ws as unknown as { _socket: Resettable }) ?? null;
			tab.provider.shouldConnect = false;
			socket._socket.resetAndDestroy();
		}
		const writer = await suite.connect(suite.fixture.users.member2);
		await synced(writer);
		setStage(writer.doc, 'after-resets', 'Still serving');
		const reader = await suite.connect(suite.fixture.users.member);
		await synced(reader);
		await waitFor(
			() => stageTitle(reader.doc, 'after-resets') === 'Still serving',
			'the edit after the resets'
		);
		expect(suite.server.output()).not.toMatch(/socket error|send to .* failed/);
	});
});
