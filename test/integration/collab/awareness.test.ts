import { describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import { synced, waitFor, type Client } from './harness';
import { collabSuite } from './suite';

type Presence = { user?: { id: string; name: string; color: string }; cursor?: number; forged?: boolean };

/** An awareness message as a y-websocket client sends it, with entries of our choosing. */
function awarenessFrame(entries: { clientId: number; clock: number; state: unknown }[]): Uint8Array {
	const inner = encoding.createEncoder();
	encoding.writeVarUint(inner, entries.length);
	for (const entry of entries) {
		encoding.writeVarUint(inner, entry.clientId);
		encoding.writeVarUint(inner, entry.clock);
		encoding.writeVarString(inner, JSON.stringify(entry.state));
	}
	const outer = encoding.createEncoder();
	encoding.writeVarUint(outer, 1);
	encoding.writeVarUint8Array(outer, encoding.toUint8Array(inner));
	return encoding.toUint8Array(outer);
}

describe('presence', () => {
	const suite = collabSuite();
	const connect = (user: string) => suite.connect(user);
	const seen = (observer: Client, clientId: number) =>
		observer.provider.awareness.getStates().get(clientId) as Presence | undefined;

	it("carries the user's id, name and colour from the session, not the forged ones from the client", async () => {
		const mallory = await connect(suite.fixture.users.member);
		const observer = await connect(suite.fixture.users.member2);
		await Promise.all([synced(mallory), synced(observer)]);
		mallory.provider.awareness.setLocalState({
			cursor: 7,
			user: { id: 'someone', name: 'The Admin', color: 'red' }
		});
		const id = mallory.doc.clientID;
		await waitFor(() => seen(observer, id)?.cursor === 7, "mallory's cursor at the observer");
		expect(seen(observer, id)?.user).toEqual({
			id: suite.fixture.users.member,
			name: 'Mira Member',
			color: expect.stringMatching(/^#[0-9a-f]{6}$/),
			lead: false
		});
	});

	it('does not pass on awareness sent for another client id', async () => {
		const mallory = await connect(suite.fixture.users.member);
		const victim = await connect(suite.fixture.users.member2);
		const observer = await connect(suite.fixture.users.admin);
		await Promise.all([mallory, victim, observer].map(synced));
		victim.provider.awareness.setLocalStateField('cursor', 1);
		await waitFor(() => seen(observer, victim.doc.clientID)?.cursor === 1, "the victim's presence");

		const inventedId = 123456789;
		mallory.provider.ws!.send(
			awarenessFrame([
				{ clientId: victim.doc.clientID, clock: 1000, state: { cursor: 666, forged: true } },
				{ clientId: inventedId, clock: 1, state: { cursor: 666, forged: true, user: { name: 'Ghost' } } }
			])
		);
		// Mallory's own next update arrives after the forged frame was handled, on the same socket.
		mallory.provider.awareness.setLocalStateField('cursor', 42);
		await waitFor(() => seen(observer, mallory.doc.clientID)?.cursor === 42, "mallory's own presence");

		for (const peer of [observer, victim]) {
			expect(peer.provider.awareness.getStates().has(inventedId)).toBe(false);
			expect(seen(peer, victim.doc.clientID)?.forged).toBeUndefined();
		}
		expect(seen(observer, victim.doc.clientID)).toMatchObject({ cursor: 1, user: { name: 'Marat Member' } });
		expect(mallory.provider.wsconnected).toBe(true);
	});
});
