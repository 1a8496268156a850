// `npm run bench`: Clusterplan's collaboration server, on SQLite, on PostgreSQL and as three
// instances (PostgreSQL and Redis), against @y/websocket-server and Hocuspocus (SQLite extension) on
// the same workloads, then the map and the strategy and projects pages in a browser; prints
// markdown tables.
// Not a test: numbers vary.
import { benchFixture, engineOf, startBenchServer, type Kind } from './servers';
import { percentile, readEdit, runWorkload, type Workload } from './workload';
import { rssBytes } from './proc';
import { memoryPerLargePlan } from './plan-memory';
import { mapRows } from './map-table';
import { pagesRows } from './pages-table';
import { versionRows } from './versions';
import { workshopRows } from './workshop';
import { doorCostRows } from './door-cost';
import { speedRows } from './speed';

const allKinds: Kind[] = [
	'clusterplan',
	'clusterplan-pg',
	'clusterplan-3',
	'y-websocket-server',
	'hocuspocus'
];
// BENCH_ONLY=clusterplan,hocuspocus runs a subset; BENCH_ONLY=map only the map in the browser,
// BENCH_ONLY=pages only the strategy and projects pages, BENCH_ONLY=versions only versions,
// BENCH_ONLY=workshop only a 60-person workshop, BENCH_ONLY=door what checking an edit costs,
// BENCH_ONLY=speed the issue-24 table (with BENCH_BEFORE=<a built checkout>: before and after).
const only = process.env.BENCH_ONLY?.split(',');
const kinds = allKinds.filter((kind) => !only || only.includes(kind));
const map = !only || only.includes('map');
const pages = !only || only.includes('pages');
const versions = !only || only.includes('versions');
const workshop = !only || only.includes('workshop');
const door = !only || only.includes('door');
const speed = !only || only.includes('speed');
// Every y-websocket provider adds a process 'exit' listener; hundreds are expected here.
process.setMaxListeners(0);
const seconds = Number(process.env.BENCH_SECONDS || 10);
const MiB = 1024 * 1024;

type Row = Record<string, string>;
const rows: Row[] = [];

function format(value: number, digits = 1) {
	return Number.isFinite(value) ? value.toFixed(digits) : '–';
}

async function measure(kind: Kind, name: string, load: Workload, label: string = kind) {
	const fixture = await benchFixture(load.plans.length, engineOf(kind));
	const server = await startBenchServer(kind, fixture);
	try {
		const idle = server.pids.reduce((sum, pid) => sum + rssBytes(pid), 0);
		const m = await runWorkload(server, { ...load, plans: fixture.plans.slice(0, load.plans.length) });
		rows.push({
			server: label,
			workload: name,
			'p50 ms': format(percentile(m.latencies, 50)),
			'p99 ms': format(percentile(m.latencies, 99)),
			'edits/s': format(m.edits / seconds, 0),
			delivered: `${format((100 * m.deliveries) / Math.max(1, m.expectedDeliveries), 1)} %`,
			'server CPU': `${format(m.cpuPercent, 0)} %`,
			'CPU/instance': `${format(m.cpuPercent / server.pids.length, 0)} %`,
			'RSS MiB': format(m.rss / MiB),
			'RSS/plan KiB': format((m.rss - idle) / 1024 / load.plans.length, 0)
		});
		for (const client of m.clients) client.destroy();
	} finally {
		await server.stop();
		await fixture.dispose();
	}
}

/** (c): workload (a), SIGKILL after a random 3–6 s, restart on the same storage, count what survived. */
async function crash(kind: Kind, load: Workload, label: string = kind) {
	const fixture = await benchFixture(1, engineOf(kind));
	const server = await startBenchServer(kind, fixture);
	const m = await runWorkload(
		server,
		{ ...load, plans: fixture.plans.slice(0, 1) },
		1000 + Math.random() * 3000
	);
	await server.kill();
	m.stopWriting();
	for (const client of m.clients) client.destroy();
	const restarted = await startBenchServer(kind, fixture);
	try {
		const reader = restarted.connect(fixture.plans[0]!);
		const deadline = Date.now() + 30_000;
		while (!reader.synced() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
		await new Promise((r) => setTimeout(r, 500));
		let received = 0;
		let survived = 0;
		for (const [writer, seq] of m.received) {
			received += seq;
			survived += Math.min(seq, readEdit(reader.doc, writer.split('/')[1]!)?.seq ?? 0);
		}
		rows.push({
			server: label,
			workload: '(c) SIGKILL mid-(a)',
			'edits surviving': `${survived} / ${received} (${format((100 * survived) / Math.max(1, received))} %)`
		});
		reader.destroy();
	} finally {
		// Three instances: the two the kill spared are still running.
		await server.stop();
		await restarted.stop();
		await fixture.dispose();
	}
}

const a: Workload = { plans: ['x'], clientsPerPlan: 50, editsPerSecond: 100, seconds };
const b: Workload = {
	plans: Array.from({ length: 100 }, String),
	clientsPerPlan: 4,
	editsPerSecond: 1000,
	seconds
};

// BENCH_BEFORE: Clusterplan's server of that checkout first, on the same workloads, in this run.
if (process.env.BENCH_BEFORE && kinds.includes('clusterplan')) {
	console.error('bench: clusterplan, before');
	process.env.BENCH_CODE = process.env.BENCH_BEFORE;
	await measure('clusterplan', '(a) 1 plan × 50 clients, 2 edits/s each', a, 'clusterplan, before');
	await measure('clusterplan', '(b) 100 plans × 4 clients, 1,000 edits/s', b, 'clusterplan, before');
	delete process.env.BENCH_CODE;
}

for (const kind of kinds) {
	console.error(`bench: ${kind}`);
	await measure(kind, '(a) 1 plan × 50 clients, 2 edits/s each', a);
	await measure(kind, '(b) 100 plans × 4 clients, 1,000 edits/s', b);
	await crash(kind, a);
}

if (kinds.includes('clusterplan')) {
	console.error('bench: clusterplan, 20 open 500-node plans');
	const { perPlan, docBytes } = await memoryPerLargePlan();
	rows.push({
		server: 'clusterplan',
		workload: `(d) 20 open plans of 500 nodes, 800 edges (${format(docBytes / 1024, 0)} KiB each)`,
		'RSS/plan KiB': format(perPlan / 1024, 0)
	});
}

// The map's columns have nothing in common with the servers': it gets a table of its own.
const mapTable: Row[] = map ? await mapRows() : [];
const pagesTable: Row[] = pages ? await pagesRows() : [];
const versionsTable: Row[] = versions ? versionRows() : [];
const workshopTable: Row[] = workshop ? await workshopRows() : [];
const doorTable: Row[] = door ? await doorCostRows() : [];
const speedTable: Row[] = speed ? await speedRows() : [];

function print(table: Row[]) {
	if (!table.length) return;
	const columns = [...new Set(table.flatMap((row) => Object.keys(row)))];
	console.log(`| ${columns.join(' | ')} |`);
	console.log(`| ${columns.map(() => '---').join(' | ')} |`);
	for (const row of table) console.log(`| ${columns.map((c) => row[c] ?? '').join(' | ')} |`);
	console.log();
}
print(rows);
print(mapTable);
print(pagesTable);
print(versionsTable);
print(workshopTable);
print(doorTable);
print(speedTable);
process.exit(0);
