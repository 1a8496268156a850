// The versions bench: on a large generated plan, what a version weighs and how long the server
// takes to snapshot it, tell two versions apart and restore one. Rows for `npm run bench`.
import * as Y from 'yjs';
import { generatePlan } from './generate-plan';
import {
	moveNodes,
	planChanges,
	restorePlan,
	snapshot,
	updateProject,
	setIndicatorTarget
} from '../../src/lib/plan';
import { percentile } from './workload';

type Row = Record<string, string>;

const runs = 15;

function time(run: () => void): number[] {
	const took: number[] = [];
	for (let i = 0; i < runs; i += 1) {
		const start = performance.now();
		run();
		took.push(performance.now() - start);
	}
	return took;
}

const ms = (samples: number[]) =>
	`median ${percentile(samples, 50).toFixed(1)} ms, p95 ${percentile(samples, 95).toFixed(1)} ms`;

/** One plan of `nodes` nodes; v1 as built, then 100 edits (moves, budgets, targets) for v2. */
export function versionRows(nodes = 1000): Row[] {
	const live = new Y.Doc();
	generatePlan(live, { nodes, edges: nodes * 2, detailed: true });
	const v1 = Y.encodeStateAsUpdate(live);
	const before = snapshot(live);
	const moved = before.map.nodes.slice(0, 60).map((node) => ({ id: node.id, x: node.x + 40, y: node.y }));
	moveNodes(live, moved);
	for (const project of before.projects.slice(0, 20))
		updateProject(live, project.id, { budget: project.budget + 1000 });
	for (const indicator of before.indicators.slice(0, 20)) setIndicatorTarget(live, indicator.id, 2030, 999);
	const after = snapshot(live);
	const size = `${nodes} nodes, ${nodes * 2} edges, ${before.projects.length} projects`;
	const changes = planChanges(before, after);
	const restoreTimes = time(() => {
		const doc = new Y.Doc();
		Y.applyUpdate(doc, Y.encodeStateAsUpdate(live));
		const past = new Y.Doc();
		Y.applyUpdate(past, v1);
		restorePlan(doc, past);
	});
	return [
		{
			measure: `a version of a plan of ${size}`,
			result: `Yjs state ${(v1.byteLength / 1024).toFixed(0)} KiB, PlanData ${(JSON.stringify(before).length / 1024).toFixed(0)} KiB`
		},
		{ measure: 'snapshot (PlanData) of the live document', result: ms(time(() => snapshot(live))) },
		{
			measure: `diff of two versions (${changes.total} items changed)`,
			result: ms(time(() => planChanges(before, after)))
		},
		{ measure: 'restore of v1 (decode both, write the differences)', result: ms(restoreTimes) }
	];
}
