// (d): server memory per open 500-node / 800-edge plan. Clusterplan only: the plans are written
// into its document store up front, which the other servers' storage does not share.
import { generatePlan } from './generate-plan';
import { createPlanDocument } from '../../src/lib/server/plans/document';
import { rssBytes } from './proc';
import { benchFixture, startBenchServer } from './servers';

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Opens `count` generated plans with one client each; returns the RSS growth per plan in bytes. */
export async function memoryPerLargePlan(count = 20): Promise<{ perPlan: number; docBytes: number }> {
	const fixture = await benchFixture(count);
	let bytes = 0;
	for (const [i, id] of fixture.plans.entries()) {
		await createPlanDocument(fixture.db, id, (doc) =>
			generatePlan(doc, { nodes: 500, edges: 800, seed: i + 1, id })
		);
		bytes += (await fixture.storage.documents.load(id)).log.bytes;
	}
	const docBytes = bytes / fixture.plans.length;
	const server = await startBenchServer('clusterplan', fixture);
	try {
		await settle(1000);
		const idle = rssBytes(server.pids[0]!);
		const clients = fixture.plans.map((plan) => server.connect(plan));
		const deadline = Date.now() + 60_000;
		while (clients.some((c) => !c.synced()) && Date.now() < deadline) await settle(50);
		await settle(2000);
		const open = rssBytes(server.pids[0]!);
		for (const client of clients) client.destroy();
		return { perPlan: (open - idle) / count, docBytes };
	} finally {
		await server.stop();
		await fixture.dispose();
	}
}
