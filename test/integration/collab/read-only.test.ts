import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { updateFrame } from './fuzz-corpus';
import { removeStage, snapshot } from '../../../src/lib/plan';
import { deniedReasons, setStage, stageTitle, storedDocument, synced, waitFor } from './harness';
import { collabSuite } from './suite';

describe('read-only roles', () => {
	const suite = collabSuite();
	const connect = (user: string) => suite.connect(user);

	for (const role of ['reviewer', 'coordinator'] as const) {
		it(`a ${role} gets the document and live updates, but their own updates are not applied`, async () => {
			const member = await connect(suite.fixture.users.member);
			await synced(member);
			setStage(member.doc, `before-${role}`, 1);

			const readOnly = await connect(suite.fixture.users[role]);
			const denied = deniedReasons(readOnly);
			await synced(readOnly);
			await waitFor(() => stageTitle(readOnly.doc, `before-${role}`) !== undefined, 'the existing state');
			await waitFor(
				async () =>
					stageTitle(await storedDocument(suite.fixture.db, suite.fixture.planA), `before-${role}`) !==
					undefined,
				'the member’s stage stored'
			);
			const storedBefore = snapshot(await storedDocument(suite.fixture.db, suite.fixture.planA));

			setStage(readOnly.doc, `by-${role}`, 'should not stick');
			await waitFor(() => denied.length > 0, 'the permission-denied message');
			expect(denied[0]).toMatch(/read-only/);

			// The connection stays open and keeps receiving live updates.
			setStage(member.doc, `after-${role}`, 2);
			await waitFor(
				() => stageTitle(readOnly.doc, `after-${role}`) !== undefined,
				'a live update after the refusal'
			);
			expect(readOnly.provider.wsconnected).toBe(true);

			expect(stageTitle(member.doc, `by-${role}`)).toBeUndefined();
			const stored = await storedDocument(suite.fixture.db, suite.fixture.planA);
			expect(stageTitle(stored, `by-${role}`)).toBeUndefined();
			expect(stageTitle(stored, `after-${role}`)).toBe('2');
			// Take away the member's later edit and the stored plan is what it was before.
			removeStage(stored, `after-${role}`);
			expect(snapshot(stored)).toEqual(storedBefore);
		});
	}

	it('a reader whose browser replays the plan it already received is not told of a refused change', async () => {
		const member = await connect(suite.fixture.users.member);
		await synced(member);
		setStage(member.doc, 'replayed', 'Replayed');
		const reader = await connect(suite.fixture.users.reviewer);
		const denied = deniedReasons(reader);
		await synced(reader);
		await waitFor(() => stageTitle(reader.doc, 'replayed') !== undefined, 'the stage at the reader');
		// What a browser does when its offline copy loads after the socket opened: the whole plan again.
		reader.provider.ws!.send(updateFrame(Y.encodeStateAsUpdate(reader.doc)));
		// Then a change of its own, on the same socket: its refusal is the first the reader hears of.
		setStage(reader.doc, 'by-reader', 'Not saved');
		await waitFor(() => denied.length > 0, 'the refusal of the change');
		expect(denied).toEqual(['read-only: your changes to this plan are not saved']);
	});
});
