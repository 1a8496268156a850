import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addLine, descriptionFragment, snapshot } from '../../../src/lib/plan';
import { setStage, stageTitle, synced, waitFor, type Client } from './harness';
import { collabSuite } from './suite';

/** The English description of line `l-log`: every client types into it at once. */
function log(client: Client): Y.XmlText {
	const paragraph = descriptionFragment(client.doc, 'lines', 'l-log', 'en')!.get(0) as Y.XmlElement;
	return paragraph.get(0) as Y.XmlText;
}

describe('clients editing the same plan', () => {
	const suite = collabSuite();
	const connect = (user: string) => suite.connect(user);
	/** The plan's stage ids that start with `prefix`: each test counts only the stages it wrote. */
	const stagesOf = (client: Client, prefix: string) =>
		snapshot(client.doc)
			.map.stages.map((stage) => stage.id)
			.filter((id) => id.startsWith(prefix));
	/** The whole plan as the app reads it: what two clients must agree on. */
	const state = (client: Client) => JSON.stringify(snapshot(client.doc));

	it('two clients converge to identical state', async () => {
		const [a, b] = await Promise.all([
			connect(suite.fixture.users.member),
			connect(suite.fixture.users.member2)
		]);
		await Promise.all([synced(a), synced(b)]);
		setStage(a.doc, 'two-1', 'Raw milk');
		setStage(b.doc, 'two-2', 'Processing');
		setStage(a.doc, 'two-2', 'Dairy processing');
		// Converged means every update reached both: two clients can read the same plan while an update
		// that changes nothing they show (the losing one of two concurrent writes) is still on its way.
		const vector = (client: Client) => Y.encodeStateVector(client.doc).join();
		await waitFor(
			() =>
				[a, b].every((c) => stagesOf(c, 'two-').length === 2) &&
				state(a) === state(b) &&
				vector(a) === vector(b),
			'two clients to converge'
		);
		expect(state(a)).toBe(state(b));
		expect(stageTitle(b.doc, 'two-1')).toBe('Raw milk');
		expect(Y.encodeStateVector(a.doc)).toEqual(Y.encodeStateVector(b.doc));
	});

	it('ten clients converge, and a late joiner gets the full state', async () => {
		const users = [suite.fixture.users.member, suite.fixture.users.member2, suite.fixture.users.admin];
		const ten = await Promise.all(Array.from({ length: 10 }, (_, i) => connect(users[i % users.length]!)));
		await Promise.all(ten.map(synced));
		addLine(ten[0]!.doc, { id: 'l-log', title: 'Log', description: '|' });
		await waitFor(
			() => ten.every((c) => snapshot(c.doc).strategy.lines.some((line) => line.id === 'l-log')),
			'the shared line'
		);
		const edits = 20;
		for (let round = 0; round < edits; round++) {
			ten.forEach((client, i) => {
				setStage(client.doc, `ten-${i}`, round);
				log(client).insert(0, `${i}:${round};`);
			});
			await new Promise((r) => setTimeout(r, 5));
		}
		const typed = 10 * edits;
		const done = (c: Client) =>
			stagesOf(c, 'ten-').length === ten.length && log(c).toString().split(';').length === typed + 1;
		await waitFor(
			() => ten.every(done) && ten.every((c) => state(c) === state(ten[0]!)),
			'ten clients to converge'
		);
		const logs = ten.map((c) => log(c).toString());
		expect(new Set(logs).size).toBe(1);
		for (let i = 0; i < ten.length; i++) expect(stageTitle(ten[0]!.doc, `ten-${i}`)).toBe(String(edits - 1));

		const late = await connect(suite.fixture.users.member);
		await synced(late);
		await waitFor(() => done(late), 'the late joiner to receive everything');
		expect(state(late)).toBe(state(ten[0]!));
		expect(log(late).toString()).toBe(logs[0]);
	});
});
