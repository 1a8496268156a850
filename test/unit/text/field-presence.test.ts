import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { Presence } from '$lib/collab/presence.svelte';
import { peersIn } from '$lib/components/text/field-presence.svelte';

beforeAll(() => {
	// Node has no frames; a timer stands in for the browser's so share() can batch.
	globalThis.requestAnimationFrame ??= (callback) => setTimeout(() => callback(0), 0) as unknown as number;
	globalThis.cancelAnimationFrame ??= (id) => clearTimeout(id);
});

/** Another client's state as the server relays it, with the `user` it stamped. */
function remote(into: Awareness, clientId: number, state: Record<string, unknown>) {
	const doc = new Y.Doc();
	doc.clientID = clientId;
	const other = new Awareness(doc);
	other.setLocalState(state);
	applyAwarenessUpdate(into, encodeAwarenessUpdate(other, [clientId]), 'server');
}

const aigerim = { id: 'u2', name: 'Aigerim', color: '#d62728' };
const dana = { id: 'u3', name: 'Dana', color: '#2ca02c' };

describe('field presence', () => {
	it('takes a field key only when it is a short string', () => {
		const presence = new Presence(new Awareness(new Y.Doc()));
		remote(presence.awareness, 11, { user: aigerim, field: 'l1:title' });
		remote(presence.awareness, 12, { user: dana, field: 42 });
		remote(presence.awareness, 13, { user: dana, field: 'x'.repeat(5000) });
		remote(presence.awareness, 14, { user: dana });
		const fields = Object.fromEntries(presence.peers.map((p) => [p.clientId, p.field]));
		expect(fields).toEqual({ 11: 'l1:title', 12: null, 13: null, 14: null });
		presence.destroy();
	});

	it('lists the people in a field once each, whatever their other tabs do', () => {
		const presence = new Presence(new Awareness(new Y.Doc()));
		remote(presence.awareness, 11, { user: aigerim, field: 'l1:title' });
		remote(presence.awareness, 12, { user: aigerim, field: 'l1:title' }); // her second tab
		remote(presence.awareness, 13, { user: dana, field: 'l1:description' });
		expect(peersIn(presence, 'l1:title').map((p) => p.user.name)).toEqual(['Aigerim']);
		expect(peersIn(presence, 'l1:description').map((p) => p.user.name)).toEqual(['Dana']);
		expect(peersIn(presence, 'o1:title')).toEqual([]);
		expect(peersIn(undefined, 'l1:title')).toEqual([]);
		presence.destroy();
	});

	it('shares the field with the other fields of the same frame, and keeps the text caret', async () => {
		const awareness = new Awareness(new Y.Doc());
		const presence = new Presence(awareness);
		awareness.setLocalStateField('textCursor', { anchor: {}, head: {} });
		let updates = 0;
		awareness.on('update', () => updates++);
		// Focus leaving one field and entering the next in one frame: peers see only the next.
		presence.share({ field: null });
		presence.share({ field: 'l1:title' });
		presence.share({ selection: ['l1'] });
		await new Promise((r) => setTimeout(r, 20));
		expect(updates).toBe(1);
		expect(awareness.getLocalState()).toMatchObject({
			field: 'l1:title',
			selection: ['l1'],
			cursor: null,
			textCursor: { anchor: {}, head: {} }
		});
		presence.destroy();
	});
});
