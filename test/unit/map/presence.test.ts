import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { Presence } from '$lib/collab/presence.svelte';

beforeAll(() => {
	// Node has no frames; a timer stands in for the browser's so share() can batch.
	globalThis.requestAnimationFrame ??= (callback) => setTimeout(() => callback(0), 0) as unknown as number;
	globalThis.cancelAnimationFrame ??= (id) => clearTimeout(id);
});

/** What arrives from the server: another client's state, with the `user` the server stamped. */
function remote(into: Awareness, clientId: number, state: Record<string, unknown>) {
	const doc = new Y.Doc();
	doc.clientID = clientId;
	const other = new Awareness(doc); // its first state has clock 0, the next one counts
	other.setLocalState(state);
	applyAwarenessUpdate(into, encodeAwarenessUpdate(other, [clientId]), 'server');
}

describe('presence', () => {
	it('lists the others, once per person, with only well-formed fields', () => {
		const presence = new Presence(new Awareness(new Y.Doc()));
		const user = { id: 'u2', name: 'Aigerim', color: '#d62728' };
		remote(presence.awareness, 11, {
			user,
			page: 'map',
			cursor: { x: 5, y: 6 },
			selection: ['n1', 3],
			drag: { n1: { x: 1, y: 2 }, n2: 'far' }
		});
		remote(presence.awareness, 12, { user, page: 'map', cursor: 'here' });
		remote(presence.awareness, 13, { page: 'map' }); // no user: not relayed by our server, ignored
		expect(presence.peers.map((p) => p.clientId).sort()).toEqual([11, 12]);
		const first = presence.peers.find((p) => p.clientId === 11)!;
		expect(first).toMatchObject({ cursor: { x: 5, y: 6 }, selection: ['n1'], drag: { n1: { x: 1, y: 2 } } });
		expect(presence.peers.find((p) => p.clientId === 12)?.cursor).toBeNull();
		expect(presence.people).toEqual([user]);
		presence.destroy();
	});

	it('merges the fields shared within one frame into one awareness update', async () => {
		const awareness = new Awareness(new Y.Doc());
		const presence = new Presence(awareness);
		let updates = 0;
		awareness.on('update', () => updates++);
		for (let i = 0; i < 10; i++) presence.share({ cursor: { x: i, y: i } });
		presence.share({ selection: ['n1'] });
		await new Promise((r) => setTimeout(r, 20));
		expect(updates).toBe(1);
		expect(awareness.getLocalState()).toMatchObject({ cursor: { x: 9, y: 9 }, selection: ['n1'] });
		presence.destroy();
	});

	it('keeps the same list of others while only my own pointer and drag change', async () => {
		const presence = new Presence(new Awareness(new Y.Doc()));
		const user = { id: 'u2', name: 'Aigerim', color: '#d62728' };
		remote(presence.awareness, 11, { user, page: 'map', cursor: { x: 1, y: 1 } });
		const before = presence.peers;
		presence.share({ cursor: { x: 5, y: 5 }, drag: { n1: { x: 5, y: 5 } } });
		presence.flush();
		expect(presence.awareness.getLocalState()).toMatchObject({ drag: { n1: { x: 5, y: 5 } } });
		expect(presence.peers).toBe(before);
		// Someone else coming in is news.
		remote(presence.awareness, 12, { user, page: 'map', cursor: { x: 2, y: 2 } });
		expect(presence.peers).not.toBe(before);
		expect(presence.peers.map((p) => p.clientId).sort()).toEqual([11, 12]);
		presence.destroy();
	});
});
