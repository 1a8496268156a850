// The pages bench's rows: what was measured, the result in words a reader can check, and the target.
import { measurePages } from './pages';
import type { LoadStats } from './pages-load';
import { percentile } from './workload';

export type PagesRow = { measure: string; result: string; target: string };
type PagesResult = Awaited<ReturnType<typeof measurePages>>;

const ms = (value: number) => `${value.toFixed(1)} ms`;
const spread = (values: number[]) =>
	`p50 ${ms(percentile(values, 50))}, p95 ${ms(percentile(values, 95))}, max ${ms(Math.max(...values))}`;

function loadRow(page: string, rows: string, click: string, s: LoadStats): PagesRow {
	return {
		measure: `${page} page, time to interactive (${s.interactive.length} first visits; ${rows})`,
		result: `median ${ms(percentile(s.interactive, 50))}, max ${ms(Math.max(...s.interactive))} (rows on screen: median ${ms(percentile(s.ready, 50))}); main-thread CPU until quiet, median ${ms(percentile(s.cpu, 50))}; ${click} answered in median ${ms(percentile(s.click, 50))}`,
		target: '< 1000 ms'
	};
}

function pagesTable(r: PagesResult): PagesRow[] {
	const lost = r.typing.peer.filter(Number.isNaN).length;
	const peer = r.typing.peer.filter((v) => !Number.isNaN(v));
	return [
		{
			measure: 'generated plan (10 lines, 60 objectives, 300 actions, 500 projects, 120 indicators)',
			result: `${(r.plan.bytes / 1024).toFixed(0)} KiB encoded`,
			target: ''
		},
		loadRow('strategy', '370 outline rows', 'a click on "Show details"', r.strategy),
		loadRow('projects', `${r.plan.projects} table rows`, 'sorting by budget', r.projects),
		{
			measure: `keystroke to peer, description (${r.typing.peer.length} keys, 75 ms apart)`,
			result: `${spread(peer)}${lost ? `; ${lost} never seen` : ''}; in the typist's own editor ${spread(r.typing.local)}; the typist's page took ${ms(r.typing.pressMs)} per key; main-thread CPU per key ${ms(r.typing.cpuPerKey.typist)} (typist), ${ms(r.typing.cpuPerKey.peer)} (peer); clocks read ${ms(r.typing.skew)} apart`,
			target: 'p95 < 100 ms'
		},
		{
			measure: `Enter to peer, title (${r.titles.length} renames)`,
			result: spread(r.titles),
			target: 'p95 < 100 ms'
		}
	];
}

/** Runs the pages bench and returns its rows. */
export async function pagesRows(): Promise<PagesRow[]> {
	return pagesTable(await measurePages());
}
