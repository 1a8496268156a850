// The plans of the speed table (issue 24): the large plans, and the largest demo plan, so
// users of today's plans see what changed for them.
import * as Y from 'yjs';
import { generatePlan } from './generate-plan';
import { PAGES_SIZE } from './pages-fixture';
import { snapshot, type PlanData } from '../../src/lib/plan';
import { createPlanDocument, loadPlanDocument } from '../../src/lib/server/plans/document';
import { demoPlans } from '../../src/lib/server/demo/plans';
import { benchFixture } from './servers';

export type SpeedPlans = 'large' | 'demo';

/** The demo plan with the most map nodes and projects. */
function largestDemo(): { id: string; build: (doc: Y.Doc) => void } {
	let best = { id: '', build: (() => {}) as (doc: Y.Doc) => void, size: -1 };
	for (const [id, build] of Object.entries(demoPlans)) {
		const doc = new Y.Doc();
		build(doc);
		const plan = snapshot(doc);
		doc.destroy();
		const size = plan.map.nodes.length + plan.projects.length;
		if (size > best.size) best = { id, build, size };
	}
	return best;
}

/**
 * A temp database with two plans of cluster alpha: one for the map page, one for the strategy and
 * projects pages. 'large': the 500-node / 800-edge map, and its plan of 10 lines, 60
 * objectives, 300 actions and 500 projects. 'demo': the largest demo plan, twice.
 */
export async function speedFixture(plans: SpeedPlans) {
	const fixture = await benchFixture(2);
	const [mapPlan, pagesPlan] = fixture.plans as [string, string];
	const demo = plans === 'demo' ? largestDemo() : null;
	await createPlanDocument(fixture.db, mapPlan, (doc) =>
		demo ? demo.build(doc) : generatePlan(doc, { nodes: 500, edges: 800, seed: 1, id: mapPlan })
	);
	await createPlanDocument(fixture.db, pagesPlan, (doc) =>
		demo ? demo.build(doc) : generatePlan(doc, { ...PAGES_SIZE, id: pagesPlan })
	);
	const read = async (id: string): Promise<PlanData> => {
		const doc = await loadPlanDocument(fixture.db, id);
		try {
			return snapshot(doc);
		} finally {
			doc.destroy();
		}
	};
	return { fixture, mapPlan, pagesPlan, pages: await read(pagesPlan), demo: demo?.id ?? null };
}
