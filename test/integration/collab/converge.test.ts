import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mapState, synced, waitFor, type Client } from './harness';
import { collabSuite } from './suite';

describe('clients editing the same plan', () => {
	const suite = collabSuite();
	const connect = (user: string) => suite.connect(user);
	const state = (client: Client) => mapState(client.doc);

	it('two clients converge to identical state', async () => {
		const [a, b] = [connect(suite.fixture.users.member), connect(suite.fixture.users.member2)];
		await Promise.all([synced(a!), synced(b!)]);
		a!.doc.getMap('map').set('stage-1', { label: 'Raw milk' });
		b!.doc.getMap('map').set('stage-2', { label: 'Processing' });
		a!.doc.getMap('map').set('stage-2', { label: 'Dairy processing' });
		await waitFor(
			() => a!.doc.getMap('map').size === 2 && state(a!) === state(b!),
			'two clients to converge'
		);
		expect(state(a!)).toBe(state(b!));
		expect(Y.encodeStateVector(a!.doc)).toEqual(Y.encodeStateVector(b!.doc));
	});

	it('ten clients converge, and a late joiner gets the full state', async () => {
		const users = [suite.fixture.users.member, suite.fixture.users.member2, suite.fixture.users.admin];
		const ten = Array.from({ length: 10 }, (_, i) => connect(users[i % users.length]!));
		await Promise.all(ten.map(synced));
		const edits = 20;
		for (let round = 0; round < edits; round++) {
			ten.forEach((client, i) => {
				client.doc.getMap('map').set(`client-${i}`, round);
				client.doc.getArray<string>('log').push([`${i}:${round}`]);
			});
			await new Promise((r) => setTimeout(r, 5));
		}
		const expected = 2 + ten.length; // the two stages from the first test, plus one key per client
		const done = (c: Client) =>
			c.doc.getMap('map').size === expected && c.doc.getArray('log').length === 10 * edits;
		await waitFor(
			() => ten.every(done) && ten.every((c) => state(c) === state(ten[0]!)),
			'ten clients to converge'
		);
		const logs = ten.map((c) => JSON.stringify(c.doc.getArray('log').toJSON()));
		expect(new Set(logs).size).toBe(1);
		for (let i = 0; i < ten.length; i++) expect(ten[0]!.doc.getMap('map').get(`client-${i}`)).toBe(edits - 1);

		const late = connect(suite.fixture.users.member);
		await synced(late);
		await waitFor(() => done(late), 'the late joiner to receive everything');
		expect(state(late)).toBe(state(ten[0]!));
		expect(JSON.stringify(late.doc.getArray('log').toJSON())).toBe(logs[0]);
	});
});
