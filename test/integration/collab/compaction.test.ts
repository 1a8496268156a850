import { describe, expect, it } from 'vitest';
import { removeStage, snapshot } from '../../../src/lib/plan';
import { documentRows, health, setStage, stageTitle, synced, waitFor } from './harness';
import { collabSuite } from './suite';

describe('the document store', () => {
	// Each test starts (and restarts) its own servers.
	const suite = collabSuite({ server: false });

	it('compacts the log into a snapshot past its bound, unloads idle documents, and reloads snapshot + tail', async () => {
		const server = await suite.start({ COLLAB_COMPACT_AFTER_UPDATES: '10' });
		const admin = await suite.fixture.login(suite.fixture.users.admin);
		const writer = await suite.connect(suite.fixture.users.member, server);
		await synced(writer);
		for (let i = 0; i < 25; i++) {
			setStage(writer.doc, `stage-${i}`, i);
			await new Promise((r) => setTimeout(r, 2));
		}
		removeStage(writer.doc, 'stage-0');
		await waitFor(async () => (await documentRows(suite.fixture.db)).snapshots === 1, 'a snapshot');
		await waitFor(async () => (await documentRows(suite.fixture.db)).updates <= 11, 'the log to shrink');
		const expected = JSON.stringify(snapshot(writer.doc));

		writer.provider.disconnect();
		let open = 1;
		const deadline = Date.now() + 30_000;
		while (open !== 0 && Date.now() < deadline) {
			open = (await health(server, admin)).body?.openDocuments as number;
			await new Promise((r) => setTimeout(r, 50));
		}
		expect(open).toBe(0);

		await server.stop();
		const restarted = await suite.start();
		const reader = await suite.connect(suite.fixture.users.member2, restarted);
		await synced(reader);
		await waitFor(() => JSON.stringify(snapshot(reader.doc)) === expected, 'the reloaded document');
		expect(stageTitle(reader.doc, 'stage-0')).toBeUndefined();
		expect(stageTitle(reader.doc, 'stage-24')).toBe('24');
	});
});
