import { describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import { readAuthMessage } from 'y-protocols/auth';
import { mapState, storedDocument, synced, waitFor, type Client } from './harness';
import { collabSuite } from './suite';

/** Collects the reasons of auth "permission denied" messages the server sends this client. */
function deniedReasons(client: Client): string[] {
	const reasons: string[] = [];
	client.provider.messageHandlers[2] = (_encoder, decoder: decoding.Decoder) =>
		readAuthMessage(decoder, client.doc, (_doc, reason) => reasons.push(reason));
	return reasons;
}

describe('read-only roles', () => {
	const suite = collabSuite();
	const connect = (user: string) => suite.connect(user);

	for (const role of ['reviewer', 'coordinator'] as const) {
		it(`a ${role} gets the document and live updates, but their own updates are not applied`, async () => {
			const member = connect(suite.fixture.users.member);
			await synced(member);
			member.doc.getMap('map').set(`before-${role}`, 1);

			const readOnly = connect(suite.fixture.users[role]);
			const denied = deniedReasons(readOnly);
			await synced(readOnly);
			await waitFor(() => readOnly.doc.getMap('map').has(`before-${role}`), 'the existing state');
			const storedBefore = mapState(storedDocument(suite.fixture.db, suite.fixture.planA));

			readOnly.doc.getMap('map').set(`by-${role}`, 'should not stick');
			await waitFor(() => denied.length > 0, 'the permission-denied message');
			expect(denied[0]).toMatch(/read-only/);

			// The connection stays open and keeps receiving live updates.
			member.doc.getMap('map').set(`after-${role}`, 2);
			await waitFor(() => readOnly.doc.getMap('map').has(`after-${role}`), 'a live update after the refusal');
			expect(readOnly.provider.wsconnected).toBe(true);

			expect(member.doc.getMap('map').has(`by-${role}`)).toBe(false);
			const stored = storedDocument(suite.fixture.db, suite.fixture.planA);
			expect(stored.getMap('map').has(`by-${role}`)).toBe(false);
			expect(stored.getMap('map').get(`after-${role}`)).toBe(2);
			// Take away the member's later edit and the stored document is what it was before.
			stored.getMap('map').delete(`after-${role}`);
			expect(mapState(stored)).toBe(storedBefore);
		});
	}
});
