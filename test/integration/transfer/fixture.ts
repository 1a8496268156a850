// A temp database seeded with the six demo clusters, their accounts, registries and values, plus two
// versions of the flour plan with review steps and a comment, and the real server on it; or a fresh
// server that has only the demo accounts, to import into. Requests sign in with a fresh session of a
// demo account, as a browser would.
import { afterAll, beforeAll } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Db, Tables } from '../../../src/lib/server/db';
import { seedDemo } from '../../../src/lib/server/demo/seed';
import { demoAccounts } from '../../../src/lib/server/demo/clusters';
import { createUser } from '../../../src/lib/server/users';
import { createSession } from '../../../src/lib/server/auth/session';
import { loadActor, type AppUser } from '../../../src/lib/server/authz/actor';
import { getPlan } from '../../../src/lib/server/plans';
import { saveVersion } from '../../../src/lib/server/versions/store';
import { commentOnVersion, stepVersion } from '../../../src/lib/server/versions/review';
import { testDatabase, type TestDatabase } from '../../storage';
import { startServer, type RunningServer } from '../collab/harness';

export const FLOUR = 'flour-kostanay';
export type DemoUser =
	'demo-admin' | 'demo-reviewer' | 'demo-facilitator' | 'demo-member' | 'demo-coordinator';
/** The tables an import writes to, to prove a refused one wrote nothing: by name, and the table. */
const WRITTEN = {
	clusters: 'clusters',
	memberships: 'memberships',
	plans: 'plans',
	document_snapshots: 'documentSnapshots',
	document_updates: 'documentUpdates',
	plan_versions: 'planVersions',
	version_steps: 'versionSteps',
	version_comments: 'versionComments',
	indicator_values: 'indicatorValues',
	period_steps: 'periodSteps',
	audit_log: 'auditLog',
	participants: 'participants',
	cluster_profiles: 'clusterProfiles'
} as const satisfies Record<string, keyof Tables>;
export const TABLES = Object.keys(WRITTEN) as (keyof typeof WRITTEN)[];

export type Answer = { status: number; headers: Headers; text: string; json: () => Record<string, unknown> };

async function appUser(db: Db, username: DemoUser): Promise<AppUser> {
	const { users } = db.tables;
	const [user] = await db
		.select({
			id: users.id,
			username: users.username,
			displayName: users.displayName,
			globalRole: users.globalRole,
			locale: users.locale
		})
		.from(users)
		.where(eq(users.username, username))
		.limit(1);
	if (!user) throw new Error(`no demo user ${username}`);
	return loadActor(db, user);
}

/** v1 submitted and sent back with a comment on an item, v2 saved after it. */
async function reviewHistory(db: Db) {
	const plan = (await getPlan(db, FLOUR))!;
	const facilitator = await appUser(db, 'demo-facilitator');
	const reviewer = await appUser(db, 'demo-reviewer');
	await saveVersion(db, facilitator, plan, { label: 'Workshop 1', note: 'After the first workshop' });
	await stepVersion(db, facilitator, plan, 1, { step: 'submit' });
	await commentOnVersion(db, reviewer, plan, 1, { item: null, text: 'Where do the budgets come from?' });
	await stepVersion(db, reviewer, plan, 1, { step: 'request_changes', comment: 'Name the funding sources' });
	await saveVersion(db, facilitator, plan, { label: 'Workshop 2', note: '' });
}

const DEMO_PASSWORD = 'demo-transfer-password';

/** The demo accounts alone: a server nothing has been imported into yet, with the same people. */
async function accountsOnly(db: Db) {
	for (const account of demoAccounts) await createUser(db, { ...account, password: DEMO_PASSWORD });
}

/**
 * The demo server for one test file, stopped and deleted after it; with `demo: false` a fresh server
 * with only the demo accounts (their ids its own).
 */
export function transferServer({ demo = true } = {}) {
	let database: TestDatabase | undefined;
	let server: RunningServer | undefined;
	beforeAll(async () => {
		database = await testDatabase();
		if (demo) {
			await seedDemo(database.db, { DEMO_PASSWORD });
			await reviewHistory(database.db);
		} else await accountsOnly(database.db);
		server = await startServer(database.env);
	});
	afterAll(async () => {
		await server?.stop();
		await database?.dispose();
	});
	const ready = <T>(value: T | undefined): T => {
		if (value === undefined) throw new Error('the transfer server is not set up yet');
		return value;
	};
	const answer = async (res: Response): Promise<Answer> => {
		const text = await res.text();
		return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) };
	};
	const self = {
		get db(): Db {
			return ready(database).db;
		},
		get origin() {
			return ready(server).origin;
		},
		/** Everything the server has printed so far (its log). */
		output(): string {
			return ready(server).output();
		},
		/** A demo account as the services see it. */
		actor(user: DemoUser): Promise<AppUser> {
			return appUser(self.db, user);
		},
		async token(user: DemoUser): Promise<string> {
			return (await createSession(self.db, (await appUser(self.db, user)).id)).token;
		},
		/** Row counts of every table an import writes. */
		async counts(): Promise<Record<string, number>> {
			const db = self.db;
			const counts: Record<string, number> = {};
			for (const name of TABLES) counts[name] = Number(await db.$count(db.tables[WRITTEN[name]]));
			return counts;
		},
		async get(path: string, user: DemoUser | null): Promise<Answer> {
			const headers: Record<string, string> = user ? { cookie: `session=${await self.token(user)}` } : {};
			return answer(await fetch(`${self.origin}${path}`, { headers, redirect: 'manual' }));
		},
		/** POSTs a cluster file (and the optional new id and name) as the admin page's form does. */
		async importFile(user: DemoUser, file: Blob | string, fields: { id?: string; name?: string } = {}) {
			const form = new FormData();
			form.set(
				'file',
				typeof file === 'string' ? new Blob([file], { type: 'application/json' }) : file,
				'c.json'
			);
			for (const [name, value] of Object.entries(fields)) form.set(name, value);
			const res = await fetch(`${self.origin}/api/clusters/import`, {
				method: 'POST',
				headers: { cookie: `session=${await self.token(user)}`, origin: self.origin },
				body: form
			});
			return answer(res);
		}
	};
	return self;
}
