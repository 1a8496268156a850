// The speed table of issue 24: every page figure of the issue, for its large plans and for the
// largest demo plan, on this checkout and, with BENCH_BEFORE=<another checkout, built>, on that one
// too in the same run, so before and after share the machine and its load. The workshop rows run
// the same way (test/bench/workshop.ts, on each checkout's server).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startServer } from '../integration/collab/harness';
import { launchBrowser } from './map-browser';
import { timeToInteractive as mapTimeToInteractive } from './map-load';
import { dragFrames } from './map-frames';
import { editors } from './map';
import { timeToInteractive as pageTimeToInteractive } from './pages-load';
import { projectsLoad, strategyLoad } from './pages';
import { speedFixture, type SpeedPlans } from './speed-fixture';
import { workshopRows } from './workshop';
import { percentile } from './workload';

type Figures = Map<string, string>;
export type SpeedRow = Record<string, string>;

const ttiRuns = 5;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const median = (values: number[]) => percentile(values, 50);

// The rows in its order, with its targets.
const measures: [string, string][] = [
	['map, time to interactive', '≤ 600 ms'],
	['map, frame time on the dragging page', 'median ≤ 16.7 ms, p95 ≤ 33 ms'],
	['map, main-thread CPU per frame while dragging', '(what a frame costs the page)'],
	['map, dragged node redrawn on the dragging page', '(one per frame)'],
	['map, time for the dragging page to take one pointer move', '≤ 16.7 ms'],
	['map, longest frame after the drop', '≤ 50 ms'],
	['strategy, time to interactive', '≤ 600 ms'],
	['projects, time to interactive', '≤ 600 ms'],
	['projects, sort by budget', '≤ 100 ms'],
	['"Show details" on the strategy', '≤ 100 ms']
];

/** The page figures of one checkout on one pair of plans. */
async function pageFigures(code: string, plans: SpeedPlans): Promise<Figures> {
	if (!existsSync(resolve(code, 'build/handler.js')))
		throw new Error(`bench: no app in ${code}/build; build it`);
	const figures: Figures = new Map();
	const { fixture, mapPlan, pagesPlan, pages } = await speedFixture(plans);
	process.env.BENCH_CODE = code;
	const server = await startServer(fixture.env, { CLUSTERPLAN_BUILD: 'build' });
	delete process.env.BENCH_CODE;
	const browser = await launchBrowser();
	const token = () => fixture.login(fixture.users.member);
	try {
		const map = await mapTimeToInteractive(browser, server.origin, mapPlan, await token(), ttiRuns);
		figures.set(measures[0]![0], `median ${ms(median(map.ready))}, max ${ms(Math.max(...map.ready))}`);
		const [a, b] = await editors(browser, server.origin, mapPlan, [
			await token(),
			await fixture.login(fixture.users.member2)
		]);
		const frames = await dragFrames(a!, b!);
		await Promise.all([a!.context.close(), b!.context.close()]);
		const dragging = frames.dragging;
		figures.set(
			measures[1]![0],
			`median ${ms(median(dragging.deltas))}, p95 ${ms(percentile(dragging.deltas, 95))}`
		);
		figures.set(measures[2]![0], `${ms(dragging.cpuPerFrame)} CPU, ${ms(dragging.busyPerFrame)} busy`);
		figures.set(measures[3]![0], `${dragging.nodeUpdates}× in ${dragging.deltas.length} frames`);
		figures.set(measures[4]![0], `${ms(frames.msPerMove)} (${frames.moves} moves)`);
		figures.set(measures[5]![0], ms(dragging.dropFrame));

		const strategy = await pageTimeToInteractive(
			browser,
			server.origin,
			await token(),
			strategyLoad(pagesPlan, pages),
			ttiRuns
		);
		const projects = await pageTimeToInteractive(
			browser,
			server.origin,
			await token(),
			projectsLoad(pagesPlan, pages),
			ttiRuns
		);
		const tti = (s: typeof strategy) =>
			`median ${ms(median(s.interactive))}, max ${ms(Math.max(...s.interactive))}; CPU ${ms(median(s.cpu))}`;
		figures.set(measures[6]![0], tti(strategy));
		figures.set(measures[7]![0], tti(projects));
		figures.set(measures[8]![0], `median ${ms(median(projects.click))}`);
		figures.set(measures[9]![0], `median ${ms(median(strategy.click))}`);
	} finally {
		await browser.close();
		await server.stop();
		await fixture.dispose();
	}
	return figures;
}

async function workshopFigures(code: string): Promise<Figures> {
	process.env.BENCH_CODE = code;
	try {
		return new Map((await workshopRows()).map((row) => [row.measure!, row.result!]));
	} finally {
		delete process.env.BENCH_CODE;
	}
}

/** The figures `measure` brings, or one that says why there are none. */
async function failed(measure: () => Promise<Figures>): Promise<Figures> {
	try {
		return await measure();
	} catch (error) {
		console.error(error);
		return new Map([['failed', (error as Error).message.split('\n')[0]!]]);
	}
}

/** The table: one row per measure and plan, a column per checkout. */
export async function speedRows(): Promise<SpeedRow[]> {
	const after = resolve(import.meta.dirname, '../..');
	const codes: [string, string][] = process.env.BENCH_BEFORE
		? [
				['before', resolve(process.env.BENCH_BEFORE)],
				['after', after]
			]
		: [['this checkout', after]];
	const rows: SpeedRow[] = [];
	// BENCH_SPEED_PLANS=demo (or large) measures one pair of plans only.
	const chosen = process.env.BENCH_SPEED_PLANS?.split(',');
	for (const plans of (['large', 'demo'] as const).filter((p) => !chosen || chosen.includes(p))) {
		const results: Figures[] = [];
		for (const [name, code] of codes) {
			console.error(`bench: speed, ${plans} plans, ${name}`);
			const figures = await failed(() => pageFigures(code, plans));
			// Said as it comes: a later part that fails loses nothing measured before it.
			console.error(JSON.stringify({ plans, code: name, figures: Object.fromEntries(figures) }));
			results.push(figures);
		}
		const label =
			plans === 'large'
				? 'large (map 500 nodes / 800 edges; 370 outline rows, 500 projects)'
				: 'demo (the largest demo plan)';
		for (const [measure, target] of measures) {
			const row: SpeedRow = { measure, plan: label };
			codes.forEach(([name], i) => (row[name] = results[i]!.get(measure) ?? '–'));
			rows.push({ ...row, target });
		}
	}
	const workshops: Figures[] = [];
	for (const [name, code] of codes) {
		console.error(`bench: speed, workshop, ${name}`);
		const figures = await failed(() => workshopFigures(code));
		console.error(JSON.stringify({ workshop: name, figures: Object.fromEntries(figures) }));
		workshops.push(figures);
	}
	for (const measure of new Set(workshops.flatMap((figures) => [...figures.keys()]))) {
		const row: SpeedRow = { measure: `workshop: ${measure}`, plan: '60 people' };
		codes.forEach(([name], i) => (row[name] = workshops[i]!.get(measure) ?? '–'));
		rows.push({ ...row, target: '' });
	}
	return rows;
}
