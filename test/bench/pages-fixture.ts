// The pages bench's storage: a temp database (cluster alpha, two editors) whose plan holds the
// issue's generated plan of 10 lines, 60 objectives, 300 actions and 500 projects, in three languages.
import * as Y from 'yjs';
import { generatePlan, type GeneratedPlanSize } from './generate-plan';
import { snapshot, type Action, type PlanData } from '../../src/lib/plan';
import { createPlanDocument, loadPlanDocument } from '../../src/lib/server/plans/document';
import { benchFixture } from './servers';

// A map of 200 nodes gives the projects 50 actors to be led by and partnered with.
export const PAGES_SIZE: GeneratedPlanSize = {
	nodes: 200,
	edges: 300,
	lines: 10,
	objectives: 60,
	actions: 300,
	projects: 500,
	indicators: 120,
	detailed: true
};

/** The plan's actions in outline order. */
export const actionsOf = (plan: PlanData): Action[] =>
	plan.strategy.lines.flatMap((line) => line.objectives.flatMap((objective) => objective.actions));

/** The fixture with the big plan, its snapshot and its stored size. */
export async function pagesFixture() {
	const fixture = await benchFixture(1);
	const planId = fixture.plans[0]!;
	await createPlanDocument(fixture.db, planId, (doc) => generatePlan(doc, { ...PAGES_SIZE, id: planId }));
	const doc = await loadPlanDocument(fixture.db, planId);
	const plan = snapshot(doc);
	const bytes = Y.encodeStateAsUpdate(doc).byteLength;
	doc.destroy();
	return { fixture, planId, plan, bytes };
}
