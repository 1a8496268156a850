// One process's share of the workshop bench's screens: a few live y-websocket clients on the plan,
// forked by workshop.ts with `--import tsx` and told over IPC what to watch for. It answers with the
// moment each screen saw it, as performance.timeOrigin + performance.now(): wall-clock milliseconds
// at sub-millisecond resolution, which processes on one machine share (the system clock), so the
// bench compares them with the moment it sent the request. Holding the screens apart from the bench
// process keeps their work (every screen applying every update) out of the HTTP callers' way.
import * as Y from 'yjs';
import { readWorkshops, workshopsMap } from '../../src/lib/plan/workshop';
import { connectClient, synced, type Client } from '../integration/collab/harness';

/** What the bench asks of this process. */
export type ScreensAsk =
	| { type: 'connect'; server: { wsUrl: string; origin: string }; plan: string; tokens: string[] }
	| { type: 'workshop' }
	| { type: 'watch'; id: number; what: Watch }
	| { type: 'stop' };

/** Something every screen waits to see: a step, notes with these texts, or every dot of a vote. */
export type Watch =
	| { kind: 'step'; stepId: string }
	| { kind: 'notes'; texts: string[] }
	| { kind: 'dots'; voteId: string; total: number };

/** What this process tells the bench. For `seen`, `at[screen][k]`: when that screen saw thing k. */
export type ScreensTell =
	| { type: 'synced' }
	| { type: 'workshop'; workshop: unknown }
	| { type: 'watching'; id: number }
	| { type: 'seen'; id: number; at: number[][] };

const clock = () => performance.timeOrigin + performance.now();

const workshopOf = (doc: Y.Doc) => [...workshopsMap(doc).values()][0];

/** How many of the things watched `doc` holds, read straight from the maps (this runs per update). */
function counter(what: Watch): { things: number; seen: (doc: Y.Doc, found: (k: number) => void) => void } {
	switch (what.kind) {
		case 'step':
			return {
				things: 1,
				seen: (doc, found) => {
					const timer = workshopOf(doc)?.get('timer') as { stepId: string } | undefined;
					if (timer?.stepId === what.stepId) found(0);
				}
			};
		case 'notes': {
			const index = new Map(what.texts.map((text, k) => [text, k]));
			return {
				things: what.texts.length,
				seen: (doc, found) => {
					const notes = workshopOf(doc)?.get('notes') as Y.Map<{ text: string }> | undefined;
					for (const note of notes?.values() ?? []) {
						const k = index.get(note.text);
						if (k !== undefined) found(k);
					}
				}
			};
		}
		case 'dots':
			return {
				things: 1,
				seen: (doc, found) => {
					const vote = (workshopOf(doc)?.get('votes') as Y.Map<Y.Map<unknown>> | undefined)?.get(what.voteId);
					const ballots = vote?.get('ballots') as Y.Map<Record<string, number>> | undefined;
					let sum = 0;
					for (const ballot of ballots?.values() ?? []) for (const n of Object.values(ballot)) sum += n;
					if (sum === what.total) found(0);
				}
			};
	}
}

/** Resolves with, per client, when it first saw each thing watched. */
function watch(clients: Client[], what: Watch): Promise<number[][]> {
	const { things, seen } = counter(what);
	return Promise.all(
		clients.map(
			(client) =>
				new Promise<number[]>((done) => {
					const at: number[] = new Array<number>(things).fill(NaN);
					let left = things;
					const check = () => {
						const now = clock();
						seen(client.doc, (k) => {
							if (!Number.isNaN(at[k]!)) return;
							at[k] = now;
							left -= 1;
						});
						if (left > 0) return;
						client.doc.off('update', check);
						done(at);
					};
					client.doc.on('update', check);
					check();
				})
		)
	);
}

// Every y-websocket provider adds a process 'exit' listener; this process holds a dozen or more.
process.setMaxListeners(0);
let clients: Client[] = [];
const tell = (message: ScreensTell) => process.send!(message);

process.on('message', (ask: ScreensAsk) => {
	switch (ask.type) {
		case 'connect':
			clients = ask.tokens.map((token) => connectClient(ask.server, ask.plan, token));
			void Promise.all(clients.map(synced)).then(() => tell({ type: 'synced' }));
			return;
		case 'workshop':
			tell({ type: 'workshop', workshop: readWorkshops(clients[0]!.doc).find((w) => w.state === 'running') });
			return;
		case 'watch': {
			const seen = watch(clients, ask.what);
			tell({ type: 'watching', id: ask.id });
			void seen.then((at) => tell({ type: 'seen', id: ask.id, at }));
			return;
		}
		case 'stop':
			for (const client of clients) client.destroy();
			process.disconnect();
			return;
	}
});
