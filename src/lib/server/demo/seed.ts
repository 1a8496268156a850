// Seeds a new database with the six pilot clusters, the demo accounts and the selection that chose
// the clusters (with a call open at the seed's `now`, the server's clock unless given).
// Runs only when there are no clusters yet, and not at all with CLUSTERPLAN_DEMO=0.
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import type { Db } from '../db';
import { createCluster } from '../clusters';
import { createUser } from '../users';
import { demoPlans } from './plans';
import { demoAccounts, demoClusters } from './clusters';
import { seedDemoValues } from './values';
import { seedDemoVersions } from './versions';
import { seedDemoWorkshop } from './workshop';
import { seedDemoRegistry } from './registry';
import { getPlan } from '../plans';
import { serverNow } from '../clock';
import { seedDemoSelection } from './selection';
import { seedDemoMeasures } from './measures';
import { writeSettings } from '../notifications/settings';

export type SeedResult = { seeded: false } | { seeded: true; password: string; generated: boolean };

export async function seedDemo(
	db: Db,
	env: NodeJS.ProcessEnv = process.env,
	now?: number
): Promise<SeedResult> {
	if (env.CLUSTERPLAN_DEMO === '0') return { seeded: false };
	const { clusters, memberships } = db.tables;
	if ((await db.select({ id: clusters.id }).from(clusters).limit(1)).length > 0) return { seeded: false };

	const generated = !env.DEMO_PASSWORD;
	const password = env.DEMO_PASSWORD || randomPassword();
	for (const cluster of demoClusters) {
		await createCluster(db, { ...cluster, planId: cluster.id, buildPlan: demoPlans[cluster.id] }, null);
	}
	for (const account of demoAccounts) {
		const userId = await createUser(db, { ...account, password });
		// An address to try mail with; mail stays off until the person turns it on.
		const email = `${account.username}@demo.clusterplan.kz`;
		await writeSettings(db, userId, { email, mail: 'off', muted: [] }, now ?? Date.now());
		for (const clusterId of account.clusters) {
			if ('role' in account) await db.insert(memberships).values({ clusterId, userId, role: account.role });
		}
	}
	await seedDemoRegistry(db);
	for (const cluster of demoClusters) {
		const plan = await getPlan(db, cluster.id);
		if (plan) await seedDemoValues(db, plan);
	}
	// Before the versions: the furniture plan's approved version was saved after this workshop.
	await seedDemoWorkshop(db);
	await seedDemoVersions(db);
	// Read only when seeding: a server started without the demo may not have its clock file yet.
	const at = now ?? serverNow(env);
	await seedDemoSelection(db, at);
	await seedDemoMeasures(db, at);
	return { seeded: true, password, generated };
}

function randomPassword(): string {
	const bytes = new Uint8Array(10);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

/** Tells whoever starts the server how to sign in to the demo. */
export function announceSeed(result: SeedResult, log: (line: string) => void = console.log): void {
	if (!result.seeded) return;
	log(`Clusterplan demo: six pilot clusters and accounts ${demoAccounts.map((a) => a.username).join(', ')}`);
	log(
		result.generated
			? `Clusterplan demo password (generated, set DEMO_PASSWORD to choose one): ${result.password}`
			: 'Clusterplan demo password: the one set in DEMO_PASSWORD (not printed)'
	);
}
