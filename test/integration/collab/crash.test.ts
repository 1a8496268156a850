import { describe, expect, it } from 'vitest';
import { setStage, synced } from './harness';
import { collabSuite } from './suite';

describe('a server killed with SIGKILL', () => {
	// Each test starts (and restarts) its own servers.
	const suite = collabSuite({ server: false });

	it('loses nothing that any client had received from it', async () => {
		const server = await suite.start({ COLLAB_COMPACT_AFTER_UPDATES: '50' });
		const users = [suite.fixture.users.member, suite.fixture.users.member2, suite.fixture.users.admin];
		const writers = Array.from({ length: 5 }, (_, i) => suite.connect(users[i % users.length]!, server));
		await Promise.all(writers.map(synced));

		// Every key a writer learned from the server (not from its own edits).
		const received = new Set<string>();
		for (const writer of writers) {
			writer.doc.getMap('stages').observe((event) => {
				if (event.transaction.origin !== writer.provider) return;
				for (const key of event.keysChanged) received.add(key);
			});
		}
		let n = 0;
		const timers = writers.map((writer, i) => setInterval(() => setStage(writer.doc, `w${i}-${n++}`, n), 5));
		await new Promise((r) => setTimeout(r, 400 + Math.random() * 1200));
		await server.kill();
		for (const timer of timers) clearInterval(timer);
		const receivedBeforeCrash = [...received];
		for (const writer of writers) writer.provider.disconnect();

		const restarted = await suite.start();
		const reader = suite.connect(suite.fixture.users.admin, restarted);
		await synced(reader);
		const reloaded = reader.doc.getMap('stages');
		expect(receivedBeforeCrash.length).toBeGreaterThan(0);
		expect(receivedBeforeCrash.filter((key) => !reloaded.has(key))).toEqual([]);
	});
});
