// The map bench's rows: what was measured, the result in words a reader can check, and the target.
import { measureMap } from './map';
import type { FrameStats } from './map-frames';
import { percentile } from './workload';

export type MapRow = { measure: string; result: string; target: string };
type MapResult = Awaited<ReturnType<typeof measureMap>>;

const ms = (value: number) => `${value.toFixed(1)} ms`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const growth = ({ before, after }: { before: number; after: number }) =>
	`${kib(before)} → ${kib(after)} (+${((100 * (after - before)) / before).toFixed(1)} %)`;

function frameRows(who: string, s: FrameStats, moves: number): MapRow[] {
	return [
		{
			measure: `frame time, ${who}, while dragging (${s.deltas.length} frames, ${moves} moves)`,
			result: `median ${ms(percentile(s.deltas, 50))}, p95 ${ms(percentile(s.deltas, 95))}; main thread per frame ${ms(s.cpuPerFrame)} CPU, ${ms(s.busyPerFrame)} busy; dragged node redrawn ${s.nodeUpdates}×`,
			target: 'median < 16 ms'
		},
		{ measure: `longest frame, ${who}, after the drop`, result: ms(s.dropFrame), target: '' }
	];
}

function mapTable(r: MapResult): MapRow[] {
	const moves = r.drags * r.movesPerDrag;
	return [
		{
			measure: `time to interactive (${r.tti.ready.length} first visits)`,
			result: `median ${ms(percentile(r.tti.ready, 50))}, max ${ms(Math.max(...r.tti.ready))}; main-thread CPU until then, median ${ms(percentile(r.tti.cpu, 50))}`,
			target: '< 1500 ms'
		},
		...frameRows('dragging page', r.frames.dragging, r.frames.moves),
		{
			measure: 'time for the dragging page to take one pointer move',
			result: `${ms(r.frames.msPerMove)} (${r.frames.moves} moves in ${ms(r.frames.took)})`,
			target: '(16.7 ms keeps pace with a 60 Hz pointer)'
		},
		...frameRows('watching page', r.frames.watching, r.frames.moves),
		{
			measure: `stored document after ${r.drags} drags × ${r.movesPerDrag} moves in the browser (took ${r.dragSeconds.toFixed(0)} s)`,
			result: `${growth(r.stored)}, ${((r.stored.after - r.stored.before) / r.drags).toFixed(0)} bytes per drop`,
			target: '< 10 %'
		},
		{
			measure: `the same ${moves} moves, each written to the document (Node, no browser)`,
			result: growth(r.written),
			target: '(for comparison)'
		}
	];
}

/** Runs the map bench and returns its rows. */
export async function mapRows(): Promise<MapRow[]> {
	return mapTable(await measureMap());
}
