import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as P from '../../../src/lib/plan';
import { generatePlan } from '../../bench/generate-plan';
import { demoPlans } from '../../../src/lib/server/demo/plans';
import { demoClusters } from '../../../src/lib/server/demo/clusters';

describe('demo plans', () => {
	it('exist for exactly the six pilot clusters', () => {
		expect(Object.keys(demoPlans).sort()).toEqual(demoClusters.map((cluster) => cluster.id).sort());
	});

	for (const [clusterId, build] of Object.entries(demoPlans)) {
		it(`${clusterId} builds a valid plan with a full map, strategy, projects and indicators`, () => {
			const doc = new Y.Doc();
			build(doc);
			const data = P.snapshot(doc);
			expect(P.validatePlan(data)).toEqual([]);
			expect(data.id).toBe(clusterId);
			const actorNodes = data.map.nodes.filter((node) => node.actorId !== null);
			expect(actorNodes.length).toBeGreaterThanOrEqual(15);
			expect(actorNodes.length).toBeLessThanOrEqual(30);
			expect(data.map.stages.length).toBeGreaterThanOrEqual(5);
			expect(data.map.edges.length).toBeGreaterThanOrEqual(actorNodes.length - 1);
			expect(new Set(data.map.edges.map((edge) => edge.kind)).size).toBeGreaterThanOrEqual(3);
			expect(P.isBlank(data.strategy.vision)).toBe(false);
			expect(data.strategy.lines.length).toBeGreaterThanOrEqual(3);
			for (const line of data.strategy.lines) {
				expect(line.objectives.length).toBeGreaterThan(0);
				for (const objective of line.objectives) expect(objective.actions.length).toBeGreaterThan(0);
			}
			expect(data.projects.length).toBeGreaterThanOrEqual(5);
			expect(data.projects.some((project) => project.fundingSource === 'state_support')).toBe(true);
			for (const project of data.projects) {
				expect(project.leadActorId).not.toBeNull();
				expect(project.objectiveIds.length).toBeGreaterThan(0);
			}
			expect(data.indicators.length).toBeGreaterThanOrEqual(5);
			for (const indicator of data.indicators) {
				expect(indicator.baseline).not.toBeNull();
				expect(Object.keys(indicator.targets).length).toBeGreaterThan(0);
				expect(indicator.link).not.toBeNull();
			}
			expect(data.comments.every((comment) => !comment.orphaned)).toBe(true);
		});
	}
});

describe('generated plans', () => {
	it('have the asked numbers of nodes and edges, are valid, and are the same for the same seed', () => {
		const a = new Y.Doc();
		const b = new Y.Doc();
		generatePlan(a, { nodes: 400, edges: 800, seed: 7 });
		generatePlan(b, { nodes: 400, edges: 800, seed: 7 });
		const data = P.snapshot(a);
		expect(data.map.nodes).toHaveLength(400);
		expect(data.map.edges).toHaveLength(800);
		expect(P.validatePlan(data)).toEqual([]);
		expect(P.snapshot(b)).toEqual(data);
		const c = new Y.Doc();
		generatePlan(c, { nodes: 400, edges: 800, seed: 8 });
		expect(P.isEmptyDiff(P.diff(data, P.snapshot(c)))).toBe(false);
	});
});
