import { describe, expect, it } from 'vitest';
import { Confirmations } from '../../../src/lib/collab/confirmations.svelte';
import { setStage, stageTitle, storedDocument, synced, waitFor, type Client } from './harness';
import { collabSuite } from './suite';

describe("the server's word on a browser's changes", () => {
	const suite = collabSuite();

	/** A member's client whose local changes wait for the server's word, as a plan session's do. */
	async function confirmedClient(): Promise<{ client: Client; confirmations: Confirmations }> {
		const client = await suite.connect(suite.fixture.users.member);
		const confirmations = new Confirmations(client.provider, client.doc);
		client.doc.on('update', (_update: Uint8Array, origin: unknown) => {
			if (origin !== client.provider) confirmations.changed();
		});
		return { client, confirmations };
	}

	const stored = async (id: string) =>
		stageTitle(await storedDocument(suite.fixture.db, suite.fixture.planA), id);

	it('a change waits until the server has stored it, and no longer', async () => {
		const { client, confirmations } = await confirmedClient();
		await synced(client);
		expect(confirmations.waiting).toBe(false);

		setStage(client.doc, 'confirmed-1', 'Milling');
		expect(confirmations.waiting).toBe(true);
		await waitFor(() => !confirmations.waiting, "the server's word");
		expect(await stored('confirmed-1')).toBe('Milling');

		// Changes that follow one another are confirmed only when the last one is stored.
		setStage(client.doc, 'confirmed-1', 'Milling and baking');
		setStage(client.doc, 'confirmed-2', 'Export');
		expect(confirmations.waiting).toBe(true);
		await waitFor(() => !confirmations.waiting, "the server's word on both");
		expect(await stored('confirmed-1')).toBe('Milling and baking');
		expect(await stored('confirmed-2')).toBe('Export');
	});

	it('a change made while disconnected is confirmed once it has reached the server again', async () => {
		const { client, confirmations } = await confirmedClient();
		await synced(client);
		client.provider.disconnect();
		setStage(client.doc, 'confirmed-offline', 'Written without a connection');
		expect(confirmations.waiting).toBe(true);
		client.provider.connect();
		await waitFor(() => !confirmations.waiting, "the server's word");
		expect(await stored('confirmed-offline')).toBe('Written without a connection');
		confirmations.destroy();
	});
});
