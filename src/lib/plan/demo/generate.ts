// A large, deterministic plan for benchmarks (map rendering, snapshot, diff, sync): N nodes and
// M edges over ten stages, with a proportionate strategy, projects and indicators. Built through the
// plan operations like any other plan, inside one transaction so it becomes a single update.
import type * as Y from 'yjs';
import { addAction } from '../action';
import { addActor } from '../actor';
import { connect } from '../edge';
import { addIndicator } from '../indicator';
import { addLine } from '../line';
import { addNode } from '../node';
import { addObjective } from '../objective';
import { initPlan } from '../plan';
import { addProject } from '../project';
import { addStage, STAGE_COLUMN_WIDTH } from '../stage';
import { ACTOR_KINDS, EDGE_KINDS, FUNDING_SOURCES } from '../types';

/** How large a generated plan is, and the seed that makes it reproducible. */
export type GeneratedPlanSize = { nodes: number; edges: number; seed?: number; id?: string };

/** mulberry32: a tiny seeded PRNG, so the same size and seed give the same plan everywhere. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Builds a plan of `nodes` nodes and `edges` edges (at least 2 nodes when there are edges) into an empty doc. */
export function generatePlan(
	doc: Y.Doc,
	{ nodes, edges, seed = 1, id = 'generated' }: GeneratedPlanSize
): void {
	if (edges > 0 && nodes < 2) throw new RangeError('edges need at least two nodes');
	const next = random(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
	doc.transact(() => {
		initPlan(doc, { id, title: `Generated plan (${nodes} nodes, ${edges} edges)` });
		const stages = Array.from({ length: 10 }, (_, i) =>
			addStage(doc, { id: `s${i}`, title: `Stage ${i + 1}` })
		);
		// Several nodes per actor, as in real maps where a firm appears at more than one stage.
		const actorCount = Math.min(500, Math.ceil(nodes / 4));
		const actors = Array.from({ length: actorCount }, (_, i) =>
			addActor(doc, { id: `a${i}`, name: `Actor ${i + 1}`, kind: pick(ACTOR_KINDS), member: next() < 0.5 })
		);
		for (let i = 0; i < nodes; i++) {
			const stage = i % stages.length;
			const position = { x: stage * STAGE_COLUMN_WIDTH, y: Math.floor(i / stages.length) * 110 };
			const common = { id: `n${i}`, stageId: stages[stage], ...position };
			if (next() < 0.7 && actors.length) addNode(doc, { ...common, actorId: pick(actors) });
			else addNode(doc, { ...common, label: `Node ${i + 1}`, kind: 'stage' });
		}
		for (let i = 0; i < edges; i++) {
			const source = Math.floor(next() * nodes);
			const target = (source + 1 + Math.floor(next() * (nodes - 1))) % nodes; // never the source
			connect(doc, { id: `e${i}`, source: `n${source}`, target: `n${target}`, kind: pick(EDGE_KINDS) });
		}
		const objectives: string[] = [];
		for (let l = 0; l < 5; l++) {
			const lineId = addLine(doc, { id: `l${l}`, title: `Strategic line ${l + 1}` });
			for (let o = 0; o < 3; o++) {
				const objectiveId = addObjective(doc, {
					id: `o${l}-${o}`,
					lineId,
					title: `Objective ${l + 1}.${o + 1}`
				});
				objectives.push(objectiveId);
				for (let a = 0; a < 4; a++) {
					addAction(doc, { id: `x${l}-${o}-${a}`, objectiveId, title: `Action ${l + 1}.${o + 1}.${a + 1}` });
				}
			}
		}
		const projectCount = Math.max(1, Math.ceil(nodes / 20));
		for (let p = 0; p < projectCount; p++) {
			addProject(doc, {
				id: `p${p}`,
				title: `Project ${p + 1}`,
				leadActorId: actors.length ? pick(actors) : null,
				budget: Math.round(next() * 1e9),
				fundingSource: pick(FUNDING_SOURCES),
				start: '2020-01-01',
				end: '2022-12-31',
				priority: Math.round(next() * 10),
				objectiveIds: [pick(objectives)]
			});
			addIndicator(doc, {
				id: `i${p}`,
				name: `Indicator ${p + 1}`,
				unit: 'units',
				baseline: 100,
				baselineYear: 2019,
				targets: { 2022: 150, 2025: 200 },
				linkId: `p${p}`
			});
		}
	});
}
