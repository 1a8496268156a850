// The socket door keeps the workshops to the server: a stock y-websocket client of a member, or
// even of the facilitator, that writes into the `workshops` root map is refused. Its change reaches
// no other client and no stored document, and its ordinary plan edits still go through afterwards.
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { readAuthMessage } from 'y-protocols/auth';
import { addLine, snapshot } from '../../../src/lib/plan';
import { readWorkshops } from '../../../src/lib/plan/workshop';
import { eq } from 'drizzle-orm';
import { storedDocument, waitFor, type Client } from '../collab/harness';
import { MILK, liveWorkshop, workshopServer } from './workshop-server';

/** Collects the reasons of the "permission denied" messages the server sends this client. */
function deniedReasons(client: Client): string[] {
	const reasons: string[] = [];
	client.provider.messageHandlers[2] = (_encoder, decoder: decoding.Decoder) =>
		readAuthMessage(decoder, client.doc, (_doc, reason) => reasons.push(reason));
	return reasons;
}

/** Everything a client's `workshops` map ever held, as JSON after each change it received. */
function history(client: Client): string[] {
	const seen = [JSON.stringify(client.doc.getMap('workshops').toJSON())];
	client.doc
		.getMap('workshops')
		.observeDeep(() => seen.push(JSON.stringify(client.doc.getMap('workshops').toJSON())));
	return seen;
}

const lineTitles = (doc: Y.Doc) => snapshot(doc).strategy.lines.map((line) => line.title.en);

describe('writes to workshops through the socket', () => {
	const w = workshopServer();
	let id = '';
	beforeAll(async () => {
		id = await w.start(MILK, 'Guarded session');
	});

	for (const who of ['demo-member', 'demo-facilitator'] as const) {
		describe(`from ${who}`, () => {
			let writer: Client;
			let observer: Client;
			let seen: string[] = [];
			const forged = `forged-by-${who}`;

			it('are refused: the change reaches no other client and no stored document', async () => {
				writer = await w.connect(who);
				observer = await w.connect('second-member');
				const denied = deniedReasons(writer);
				await liveWorkshop(writer, id, () => true, 'the workshop at the writer');
				await liveWorkshop(observer, id, () => true, 'the workshop at the observer');
				seen = history(observer);

				writer.doc.transact(() => {
					const workshops = writer.doc.getMap<Y.Map<unknown>>('workshops');
					workshops.get(id)!.set('title', `Hijacked by ${who}`);
					workshops.get(id)!.set('follow', { on: true, by: w.userId(who) });
					const fake = new Y.Map<unknown>();
					fake.set('id', forged);
					fake.set('state', 'running');
					workshops.set(forged, fake);
				});
				await waitFor(() => denied.length > 0, 'the refusal');
				expect(denied[0]).toMatch(/workshop/);

				// The workshop still changes for everyone through the door, and nothing else came with it.
				await w.run('demo-facilitator', 'decide', { text: `Decided after ${who} tried` });
				await liveWorkshop(
					observer,
					id,
					(workshop) => workshop.decisions.some((d) => d.text === `Decided after ${who} tried`),
					'the decision at the observer'
				);
				for (const state of seen) {
					expect(state).not.toContain('Hijacked');
					expect(state).not.toContain(forged);
				}
				// The writer's own copy is put back too.
				await liveWorkshop(
					writer,
					id,
					(workshop) => workshop.title === 'Guarded session',
					'the workshop put back at the writer'
				);
				expect(readWorkshops(writer.doc).map((workshop) => workshop.id)).not.toContain(forged);
				// Not even the bytes of the refused part are kept.
				const { documentUpdates } = w.demo.db.tables;
				const rows = await w.demo.db
					.select({ update: documentUpdates.data })
					.from(documentUpdates)
					.where(eq(documentUpdates.planId, MILK));
				for (const { update } of rows) expect(Buffer.from(update).includes('Hijacked')).toBe(false);
				const stored = await storedDocument(w.demo.db, MILK);
				expect(JSON.stringify(stored.getMap('workshops').toJSON())).not.toMatch(/Hijacked|forged-by/);
				expect(readWorkshops(stored).find((workshop) => workshop.id === id)).toMatchObject({
					title: 'Guarded session',
					follow: { on: false }
				});
			});

			it('leave the writer’s ordinary plan edits going through afterwards', async () => {
				const title = `Line after the refusal (${who})`;
				writer.doc.transact(() => addLine(writer.doc, { title: { en: title } }));
				await waitFor(
					() => lineTitles(observer.doc).includes(title),
					'the plan edit at the observer',
					10_000
				);
				expect(lineTitles(await storedDocument(w.demo.db, MILK))).toContain(title);
				for (const state of seen) expect(state).not.toMatch(/Hijacked|forged-by/);
			});
		});
	}

	it('refuses a client that removes a workshop', async () => {
		const writer = await w.connect('demo-member');
		const observer = await w.connect('second-member');
		await liveWorkshop(writer, id, () => true, 'the workshop at the writer');
		writer.doc.getMap('workshops').delete(id);
		const title = 'Line after the removal';
		writer.doc.transact(() => addLine(writer.doc, { title: { en: title } }));
		await waitFor(() => lineTitles(observer.doc).includes(title), 'the plan edit at the observer');
		expect(readWorkshops(observer.doc).map((workshop) => workshop.id)).toContain(id);
		expect(readWorkshops(await storedDocument(w.demo.db, MILK)).map((workshop) => workshop.id)).toContain(id);
	});
});
