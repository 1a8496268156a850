// Drives clients on a server: each makes a small edit on a timer (the title of its own stage of the
// plan, which carries the edit's sequence number and send time, a change the plan's rules accept);
// every peer records how long the edit took to reach it. Clients live in this process, so they share
// its clock.
import * as Y from 'yjs';
import type { BenchClient, BenchServer } from './servers';
import { cpuSeconds, rssBytes } from './proc';

export type Workload = { plans: string[]; clientsPerPlan: number; editsPerSecond: number; seconds: number };
export type Measured = {
	latencies: number[];
	edits: number;
	deliveries: number;
	expectedDeliveries: number;
	cpuPercent: number;
	rss: number;
	/** Per writer key, the highest sequence number any peer received from the server. */
	received: Map<string, number>;
	clients: BenchClient[];
	stopWriting(): void;
};

type Edit = { seq: number; at: number };

/** Writes `edit` as the title of stage `key`, adding the stage on the first edit. */
function writeEdit(doc: Y.Doc, key: string, edit: Edit): void {
	const stages = doc.getMap<Y.Map<unknown>>('stages');
	doc.transact(() => {
		let stage = stages.get(key);
		if (!stage) {
			stage = new Y.Map<unknown>();
			stages.set(key, stage);
			stage.set('order', 1);
		}
		stage.set('title', `${edit.seq}@${edit.at}`);
	});
}

/** The edit carried by stage `key` of `doc`, if any. */
export function readEdit(doc: Y.Doc, key: string): Edit | undefined {
	const title = doc.getMap<Y.Map<unknown>>('stages').get(key)?.get('title');
	if (typeof title !== 'string') return undefined;
	const [seq, at] = title.split('@').map(Number);
	return Number.isFinite(seq) && Number.isFinite(at) ? { seq: seq!, at: at! } : undefined;
}

async function until(condition: () => boolean, what: string, timeout = 60_000) {
	const deadline = Date.now() + timeout;
	while (!condition()) {
		if (Date.now() > deadline) throw new Error(`bench: timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 25));
	}
}

/** Connects the clients, lets them write for `seconds` (after 2 s warm-up), and measures. */
export async function runWorkload(
	server: BenchServer,
	load: Workload,
	stopAfterMs?: number
): Promise<Measured> {
	const clients: { client: BenchClient; key: string }[] = [];
	for (const plan of load.plans)
		for (let i = 0; i < load.clientsPerPlan; i++)
			clients.push({ client: server.connect(plan), key: `w${i}` });
	await until(() => clients.every(({ client }) => client.synced()), 'all clients to sync');

	let measuring = false;
	const latencies: number[] = [];
	const received = new Map<string, number>();
	let edits = 0;
	let deliveries = 0;
	clients.forEach(({ client }, index) => {
		client.doc.getMap('stages').observeDeep((events, transaction) => {
			if (transaction.local) return;
			const now = performance.now();
			const keys = new Set<string>();
			for (const event of events) {
				if (event.path.length === 0)
					for (const key of (event as Y.YMapEvent<unknown>).keysChanged) keys.add(key);
				else keys.add(String(event.path[0]));
			}
			for (const key of keys) {
				const edit = readEdit(client.doc, key);
				if (!edit) continue;
				const writer = `${load.plans[Math.floor(index / load.clientsPerPlan)]}/${key}`;
				received.set(writer, Math.max(received.get(writer) ?? 0, edit.seq));
				if (!measuring || edit.at < measureFrom) continue;
				latencies.push(now - edit.at);
				deliveries++;
			}
		});
	});

	const period = (1000 * clients.length) / load.editsPerSecond;
	let measureFrom = Infinity;
	const timers: NodeJS.Timeout[] = [];
	clients.forEach(({ client, key }) => {
		let seq = 0;
		const start = setTimeout(() => {
			timers.push(
				setInterval(() => {
					writeEdit(client.doc, key, { seq: ++seq, at: performance.now() });
					if (measuring) edits++;
				}, period)
			);
		}, Math.random() * period);
		timers.push(start);
	});
	const stopWriting = () => timers.forEach((t) => clearInterval(t));

	await new Promise((r) => setTimeout(r, 2000));
	measuring = true;
	measureFrom = performance.now();
	const cpu = () => server.pids.reduce((sum, pid) => sum + cpuSeconds(pid), 0);
	const cpuBefore = cpu();
	const wallBefore = performance.now();
	await new Promise((r) => setTimeout(r, stopAfterMs ?? load.seconds * 1000));
	const cpuPercent = (100 * (cpu() - cpuBefore)) / ((performance.now() - wallBefore) / 1000);
	const rss = server.pids.reduce((sum, pid) => sum + rssBytes(pid), 0);
	if (stopAfterMs === undefined) {
		stopWriting();
		await new Promise((r) => setTimeout(r, 1000)); // let the last edits arrive
		measuring = false;
	}
	return {
		latencies,
		edits,
		deliveries,
		expectedDeliveries: edits * (load.clientsPerPlan - 1),
		cpuPercent,
		rss,
		received,
		clients: clients.map((c) => c.client),
		stopWriting
	};
}

/** The p-th percentile (0–100) of `values`. */
export function percentile(values: number[], p: number): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
